const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The HTML part of an email from its plain text: escaped, blank lines → paragraphs, newlines → <br>. */
export function plainTextToHtml(text: string): string {
  const escaped = text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
  const paragraphs = escaped
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${p.replace(/\r?\n/g, '<br>\n')}</p>`);
  return `<!doctype html><html><body>${paragraphs.join('\n')}</body></html>`;
}
