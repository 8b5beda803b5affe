/** X12 time codes (element 623) we can place on the clock; hours offset from UTC. */
const timeCodeOffsets: Readonly<Record<string, number>> = {
  UT: 0, GM: 0, UTC: 0, Z: 0,
  ES: -5, ED: -4, ET: -5,
  CS: -6, CD: -5, CT: -6,
  MS: -7, MD: -6, MT: -7,
  PS: -8, PD: -7, PT: -8,
  AS: -4, AD: -3, AT: -4,
  HS: -10, HT: -10,
};

export type X12DateTime = { ok: true; at: number; localTime: boolean } | { ok: false; reason: string };

/**
 * CCYYMMDD (or YYMMDD) + HHMM[SS] + optional time code → epoch ms. Without a known time code
 * (e.g. LT, local time of the status) the time is read as UTC and `localTime` says so.
 */
export function parseX12DateTime(date: string, time: string | null, timeCode: string | null): X12DateTime {
  const d = /^(\d{2})?(\d{2})(\d{2})(\d{2})$/.exec(date);
  if (!d) return { ok: false, reason: `date "${date}" is not CCYYMMDD` };
  const year = Number(`${d[1] ?? '20'}${d[2]}`);
  const month = Number(d[3]);
  const day = Number(d[4]);
  const t = /^(\d{2})(\d{2})(\d{2})?\d{0,2}$/.exec(time ?? '0000');
  if (!t) return { ok: false, reason: `time "${time}" is not HHMM[SS]` };
  const [hours, minutes, seconds] = [Number(t[1]), Number(t[2]), Number(t[3] ?? '0')];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 59) {
    return { ok: false, reason: `date/time "${date} ${time ?? ''}" is out of range` };
  }
  const offset = timeCode ? timeCodeOffsets[timeCode] : undefined;
  const utc = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  if (new Date(utc).getUTCDate() !== day) return { ok: false, reason: `date "${date}" does not exist` };
  return { ok: true, at: utc - (offset ?? 0) * 3_600_000, localTime: offset === undefined };
}
