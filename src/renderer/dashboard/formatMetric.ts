import dayjs from 'dayjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const compactEur = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'EUR', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** Numbers as a team lead reads them on the dashboard; "–" where there is nothing to show. */
export const formatMetric = {
  /** "45 min", "3 h 20 min", "2 d 4 h". */
  duration(ms: number | null): string {
    if (ms === null) return '–';
    if (ms < HOUR) return `${Math.max(0, Math.round(ms / MINUTE))} min`;
    if (ms < DAY) {
      const h = Math.floor(ms / HOUR);
      const m = Math.round((ms - h * HOUR) / MINUTE);
      return m === 0 || m === 60 ? `${m === 60 ? h + 1 : h} h` : `${h} h ${m} min`;
    }
    const d = Math.floor(ms / DAY);
    const h = Math.round((ms - d * DAY) / HOUR);
    return h === 0 || h === 24 ? `${h === 24 ? d + 1 : d} d` : `${d} d ${h} h`;
  },
  /** The same, compact for a KPI card: "45m", "3h 20m", "2d 4h". */
  shortDuration(ms: number | null): string {
    return formatMetric.duration(ms).replace(/ min$/, 'm').replace(/ h( |$)/, 'h$1').replace(/ d( |$)/, 'd$1').replace(/ (\d+)m$/, ' $1m');
  },
  /** part ÷ whole as "87%" (one decimal under 10%). */
  percent(part: number, whole: number): string {
    if (whole === 0) return '–';
    const p = (100 * part) / whole;
    return p > 0 && p < 10 ? `${p.toFixed(1)}%` : `${Math.round(p)}%`;
  },
  count(n: number): string {
    return n.toLocaleString();
  },
  /** "≈ €12.1K", "≈ €1.8M" (reference rates; see core toEur). */
  eur(amount: number): string {
    return `≈ ${compactEur.format(amount)}`;
  },
  /** Axis label of a trend bucket: "3 Nov" (a day) or "wk 3 Nov" (a week from that Monday). */
  bucket(at: number, granularity: 'day' | 'week'): string {
    const label = dayjs(at).format('D MMM');
    return granularity === 'week' ? `wk ${label}` : label;
  },
  /** "3 Nov 2026, 14:05". */
  dayTime(at: number): string {
    return dayjs(at).format('D MMM YYYY, HH:mm');
  },
  /** "3 Nov 2026". */
  day(at: number): string {
    return dayjs(at).format('D MMM YYYY');
  },
};
