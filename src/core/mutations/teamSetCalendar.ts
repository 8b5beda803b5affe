import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import type { TeamRow } from '../domain/rows';
import { teamCalendarSchema } from '../rules/businessHours/teamCalendarSchema';
import { defineMutation } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireTeamHoursEditor } from './access';

export const teamSetCalendarArgs = z.object({
  id: idSchema,
  /** The team's time zone, weekly hours and holidays; null = around the clock again. */
  calendar: teamCalendarSchema.nullable(),
});
export type TeamSetCalendarArgs = z.infer<typeof teamSetCalendarArgs>;

/**
 * A lead (their own team) or an admin (any team) sets when the team works: its SLA clocks run
 * only then. Tickets' due times follow at the hub's next SLA pass over them.
 */
export const teamSetCalendar = defineMutation({
  name: 'team.setCalendar',
  callers: 'agents',
  args: teamSetCalendarArgs,
  reads: (args) => [{ entity: 'teams', id: args.id }],
  apply(args, rows, ctx) {
    requireTeamHoursEditor(ctx.actor, args.id);
    const before = rows.get('teams', args.id);
    if (!before) throw new MutationRejection('not_found', `Team ${args.id} does not exist.`);
    const row: TeamRow = { ...before, calendar: args.calendar };
    return [{ op: 'upsert', entity: 'teams', id: row.id, scope: tenantScope, row }];
  },
});
