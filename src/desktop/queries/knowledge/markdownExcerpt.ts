import { markClose, markOpen } from './parseMarkedText';

/** Characters of context kept before the first match. */
const lead = 70;
const length = 220;

/** Markdown as one line of plain words; highlight markers pass through untouched. */
export function markdownToPlain(markdown: string, title: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  // A leading top heading is the article's title (or a short form of it), shown beside the excerpt already.
  const first = lines[0]?.replace(/[\u0002\u0003]/g, '').trim() ?? '';
  if (/^#\s/.test(first) || first.replace(/^#+\s*/, '').toLowerCase() === title.toLowerCase()) lines.shift();
  return lines
    // Code fences and table separator rows (|---|:--|) carry no words.
    .filter((line) => !/^\s*(```|~~~)/.test(line) && !/^\s*\|?\s*:?-{2,}/.test(line))
    .map((line) => line.replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/, '').replace(/\s*\|\s*/g, ' · ').replace(/^ · | · $/g, ''))
    .join(' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|[*_`~])/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A window of plain text around the first highlighted match (or the start), cut at word
 * boundaries, with an ellipsis where text was left out.
 */
export function markdownExcerpt(markdown: string, title: string): string {
  const plain = markdownToPlain(markdown, title);
  const hit = plain.indexOf(markOpen);
  let start = hit <= lead ? 0 : plain.lastIndexOf(' ', hit - lead) + 1;
  if (start < 0) start = 0;
  let end = Math.min(plain.length, start + length);
  if (end < plain.length) {
    const space = plain.lastIndexOf(' ', end);
    if (space > start + length / 2) end = space;
  }
  const visible = (s: string) => s.replaceAll(markOpen, '').replaceAll(markClose, '');
  // A mark opened inside the window but closed after it stays balanced; the parser closes it.
  return `${start > 0 ? '… ' : ''}${plain.slice(start, end)}${visible(plain.slice(end)).trim() ? ' …' : ''}`;
}
