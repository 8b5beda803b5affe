/**
 * A phone number in E.164 (+ and 7–15 digits, no leading 0), from what people type: spaces,
 * dots, dashes, brackets and a 00 international prefix are accepted. Null if it is not one.
 */
export function normalisePhone(raw: string | null | undefined): string | null {
  const compact = (raw ?? '').trim().replace(/[\s.\-()/]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return /^\+[1-9]\d{6,14}$/.test(international) ? international : null;
}
