/** A Markdown table row "| a | b |" as "a — b"; other lines unchanged. */
function tableRow(line: string): string {
  if (!/^\s*\|.*\|\s*$/.test(line)) return line;
  return line.trim().slice(1, -1).split('|').map((cell) => cell.trim()).join(' — ');
}

/**
 * An article's Markdown as plain reply text: the title heading dropped, headings as plain
 * lines, emphasis and code marks removed, links as "text (address)", lists kept as "- ",
 * table rows as "cell — cell".
 */
export function markdownToReplyText(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  if (/^#\s/.test(lines[0] ?? '')) lines.shift();
  return lines
    .filter((line) => !/^\s*(```|~~~)/.test(line) && !/^\s*\|?\s*:?-{2,}/.test(line))
    .map((line) =>
      tableRow(line)
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s{0,3}>\s?/, '')
        .replace(/^(\s*)[*+]\s+/, '$1- ')
        .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/\[([^\]]+)\]\(([^)\s]+)[^)]*\)/g, '$1 ($2)')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2')
        .replace(/`([^`]*)`/g, '$1'),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
