/** One X12 segment: its position (0-based, in the interchange) and its elements (id first). */
export interface X12Segment {
  index: number;
  id: string;
  /** elements[0] is the segment id; elements[n] is element n (e.g. AT7-01 = elements[1]). */
  elements: string[];
}

export interface X12Delimiters {
  element: string;
  component: string;
  segment: string;
}

export type X12Tokens = { ok: true; delimiters: X12Delimiters; segments: X12Segment[] } | { ok: false; reason: string };

/** ISA is fixed-width: 106 characters, element separator at 3, component at 104, terminator at 105. */
const ISA_LENGTH = 106;

/**
 * Splits an interchange into segments, taking the delimiters from the ISA header (they vary
 * by trading partner). Whitespace and newlines between segments are tolerated.
 */
export function tokenizeX12(raw: string): X12Tokens {
  const text = raw.replace(/^\uFEFF/, '').trimStart();
  if (!text.startsWith('ISA')) return { ok: false, reason: 'not an X12 interchange: it must start with an ISA segment' };
  if (text.length < ISA_LENGTH) return { ok: false, reason: `ISA segment is truncated (${text.length} of ${ISA_LENGTH} characters)` };
  const element = text[3]!;
  const component = text[104]!;
  const segment = text[105]!;
  if (/[A-Za-z0-9\s]/.test(element) || /[A-Za-z0-9]/.test(segment) || element === segment) {
    return { ok: false, reason: `ISA delimiters are not usable (element "${element}", segment "${segment}")` };
  }
  // A newline terminator is legal; otherwise newlines are just formatting between segments.
  const pieces = text.split(segment).map((s) => (segment === '\n' ? s.replace(/\r$/, '') : s).trim());
  const segments: X12Segment[] = [];
  for (const piece of pieces) {
    if (piece === '') continue;
    const elements = piece.split(element);
    segments.push({ index: segments.length, id: elements[0]!.trim(), elements });
  }
  return { ok: true, delimiters: { element, component, segment }, segments };
}
