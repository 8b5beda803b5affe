/** A call's length as typed ("4:05", "245", "4m 5s") in seconds; null when it cannot be read. */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  if (t === '') return 0;
  const clock = /^(\d{1,3}):([0-5]?\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  if (/^\d{1,5}$/.test(t)) return Number(t);
  const words = /^(?:(\d{1,3})\s*m(?:in)?)?\s*(?:(\d{1,2})\s*s(?:ec)?)?$/i.exec(t);
  if (words && (words[1] || words[2])) return Number(words[1] ?? 0) * 60 + Number(words[2] ?? 0);
  return null;
}
