import type { MarkedText } from '../../../core/contract/channels/knowledgeChannels';

/** The markers the search query asks highlight() to put around matches (never in article text). */
export const markOpen = '\u0002';
export const markClose = '\u0003';

/**
 * Splits highlighted text into plain text and `[start, end)` ranges. Tolerates markers cut off
 * by an excerpt: a lone close is dropped, a mark still open at the end closes there.
 */
export function parseMarkedText(marked: string): MarkedText {
  let text = '';
  const marks: [number, number][] = [];
  let openAt: number | null = null;
  for (const ch of marked) {
    if (ch === markOpen) {
      if (openAt === null) openAt = text.length;
    } else if (ch === markClose) {
      if (openAt !== null && text.length > openAt) marks.push([openAt, text.length]);
      openAt = null;
    } else {
      text += ch;
    }
  }
  if (openAt !== null && text.length > openAt) marks.push([openAt, text.length]);
  return { text, marks };
}
