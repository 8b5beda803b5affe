/** How much of a long inbound message shows before "Show all". */
const maxLines = 12;
const maxChars = 1_500;

/**
 * The start of a long message (first lines, cut at a character budget so one giant line folds
 * too) and how many lines are hidden; null when the whole text is short enough to show.
 */
export function collapseText(body: string): { text: string; hiddenLines: number } | null {
  const lines = body.split('\n');
  if (lines.length <= maxLines && body.length <= maxChars) return null;
  let text = lines.slice(0, maxLines).join('\n');
  if (text.length > maxChars) text = `${text.slice(0, maxChars).trimEnd()}…`;
  const shownLines = text.split('\n').length;
  return { text, hiddenLines: Math.max(0, lines.length - shownLines) };
}
