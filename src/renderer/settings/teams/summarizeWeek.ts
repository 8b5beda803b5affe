import { isoWeekdays, type BusinessCalendar, type IsoWeekday } from '../../../core';

export const weekdayNames: Record<IsoWeekday, string> = { '1': 'Mon', '2': 'Tue', '3': 'Wed', '4': 'Thu', '5': 'Fri', '6': 'Sat', '7': 'Sun' };

/** "Mon–Fri 08:00–18:00 · Sat 09:00–13:00": a week's hours in a line, days with the same hours grouped. */
export function summarizeWeek(week: BusinessCalendar['week']): string {
  const hoursOf = (d: IsoWeekday) => (week[d] ?? []).map((s) => `${s.start}–${s.end}`).join(', ');
  const groups: { from: IsoWeekday; to: IsoWeekday; hours: string }[] = [];
  for (const day of isoWeekdays) {
    const hours = hoursOf(day);
    const last = groups.at(-1);
    if (last && last.hours === hours && Number(last.to) === Number(day) - 1) last.to = day;
    else groups.push({ from: day, to: day, hours });
  }
  const open = groups.filter((g) => g.hours !== '');
  if (open.length === 0) return 'Closed every day';
  return open.map((g) => `${weekdayNames[g.from]}${g.from === g.to ? '' : `–${weekdayNames[g.to]}`} ${g.hours}`).join(' · ');
}
