const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c] ?? c);

/** Web addresses in plain text: up to whitespace, an angle bracket or a quote. */
const webAddress = /\bhttps?:\/\/[^\s<>"']+/g;

/** Escaped text with its web addresses as links (a survey's score links must be one click in every mail client). */
function escapeAndLink(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(webAddress)) {
    const url = escape(match[0]);
    out += `${escape(text.slice(last, match.index))}<a href="${url}">${url}</a>`;
    last = match.index + match[0].length;
  }
  return out + escape(text.slice(last));
}

/** The HTML part of an email from its plain text: escaped, web addresses linked, blank lines → paragraphs, newlines → <br>. */
export function plainTextToHtml(text: string): string {
  const paragraphs = escapeAndLink(text)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p>${p.replace(/\r?\n/g, '<br>\n')}</p>`);
  return `<!doctype html><html><body>${paragraphs.join('\n')}</body></html>`;
}
