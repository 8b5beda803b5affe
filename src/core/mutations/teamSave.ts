import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import type { TeamRow } from '../domain/rows';
import { defineMutation } from './MutationDef';
import { requireAdmin } from './access';

export const teamSaveArgs = z.object({
  /** A new id creates the team; an existing one renames it. */
  id: idSchema,
  name: z.string().trim().min(1, 'must not be empty').max(200),
});
export type TeamSaveArgs = z.infer<typeof teamSaveArgs>;

/** An admin (or the seed) creates or renames a team. Unique names are the hub's check (a set read). */
export const teamSave = defineMutation({
  name: 'team.save',
  callers: 'agents',
  args: teamSaveArgs,
  reads: (args) => [{ entity: 'teams', id: args.id }],
  apply(args, rows, ctx) {
    requireAdmin(ctx.actor);
    const before = rows.get('teams', args.id);
    // A rename keeps the team's hours (team.setCalendar owns them).
    const row: TeamRow = { id: args.id, name: args.name, createdAt: before?.createdAt ?? ctx.now, calendar: before?.calendar ?? null };
    return [{ op: 'upsert', entity: 'teams', id: row.id, scope: tenantScope, row }];
  },
});
