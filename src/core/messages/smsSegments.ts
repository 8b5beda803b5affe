/** GSM 03.38 basic set: one septet each. */
const gsmBasic = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM extension table: an escape plus the character, so two septets each. */
const gsmExtension = new Set('^{}\\[~]|€\f');

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegments {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  segments: number;
  /** Units one segment holds at this length: 160/70 alone, 153/67 when concatenated. */
  perSegment: number;
  /** Units left in the last segment before another one starts. */
  remaining: number;
}

/**
 * How a text travels as SMS: GSM-7 when every character is in the GSM set (extension characters
 * such as € or { take two septets), otherwise UCS-2 (any emoji or "ł" switches the whole text).
 * Concatenated segments carry a header, so they hold 153 septets / 67 units, and a two-unit
 * character (escape pair, surrogate pair) never straddles two segments.
 */
export function smsSegments(text: string): SmsSegments {
  const chars = [...text];
  const gsm = chars.every((c) => gsmBasic.has(c) || gsmExtension.has(c));
  const sizes = gsm ? chars.map((c) => (gsmExtension.has(c) ? 2 : 1)) : chars.map((c) => c.length);
  const units = sizes.reduce((sum, n) => sum + n, 0);
  const [single, multi] = gsm ? [160, 153] : [70, 67];
  const encoding: SmsEncoding = gsm ? 'GSM-7' : 'UCS-2';
  if (units === 0) return { encoding, units, segments: 0, perSegment: single, remaining: single };
  if (units <= single) return { encoding, units, segments: 1, perSegment: single, remaining: single - units };
  let segments = 1;
  let used = 0;
  for (const size of sizes) {
    if (used + size > multi) {
      segments += 1;
      used = 0;
    }
    used += size;
  }
  return { encoding, units, segments, perSegment: multi, remaining: multi - used };
}
