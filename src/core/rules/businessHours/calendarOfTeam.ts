import type { TeamRow } from '../../domain/rows';
import { alwaysOpen, type BusinessCalendar } from './BusinessCalendar';

/** The calendar a team's SLA clocks run on: its own, else around the clock (a team without one, or an unknown team). */
export function calendarOfTeam(team: Pick<TeamRow, 'calendar'> | null | undefined): BusinessCalendar {
  return team?.calendar ?? alwaysOpen;
}
