import dayjs from 'dayjs';

/** A preset (last 30/90 days, last 12 months, up to today) or a custom range of whole local days. */
export interface ReportPeriod {
  preset: '30' | '90' | '365' | 'custom';
  /** 'YYYY-MM-DD', local days, both ends included. */
  start: string;
  end: string;
}

const DAY_FORMAT = 'YYYY-MM-DD';

export function reportPresetPeriod(preset: '30' | '90' | '365', today: dayjs.Dayjs = dayjs()): ReportPeriod {
  const end = today.startOf('day');
  const start = preset === '365' ? end.subtract(12, 'month').add(1, 'day') : end.subtract(Number(preset) - 1, 'day');
  return { preset, start: start.format(DAY_FORMAT), end: end.format(DAY_FORMAT) };
}

/** [local midnight of start, local midnight after end). */
export function reportPeriodRange(period: ReportPeriod): { from: number; to: number } {
  return { from: dayjs(period.start).startOf('day').valueOf(), to: dayjs(period.end).startOf('day').add(1, 'day').valueOf() };
}
