import { businessCalendarSchema, isoWeekdays } from './BusinessCalendar';
import { minutesOfClock } from './minutesOfClock';

/**
 * A calendar a team may be given: the base schema, plus that it opens at least once a week (a
 * clock that never runs would never come due) and that a day's stretches do not overlap. The
 * Teams page and the `team.setCalendar` mutation check with this one schema.
 */
export const teamCalendarSchema = businessCalendarSchema
  .refine((c) => isoWeekdays.some((d) => (c.week[d]?.length ?? 0) > 0), { message: 'open at least one day a week', path: ['week'] })
  .superRefine((c, ctx) => {
    for (const day of isoWeekdays) {
      const stretches = [...(c.week[day] ?? [])].sort((a, b) => minutesOfClock(a.start) - minutesOfClock(b.start));
      for (let i = 1; i < stretches.length; i++) {
        if (minutesOfClock(stretches[i]!.start) < minutesOfClock(stretches[i - 1]!.end)) {
          ctx.addIssue({ code: 'custom', message: 'opening hours of one day must not overlap', path: ['week', day] });
        }
      }
    }
    if (new Set(c.holidays).size !== c.holidays.length) ctx.addIssue({ code: 'custom', message: 'a holiday is listed twice', path: ['holidays'] });
  });
