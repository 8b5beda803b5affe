import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { savedViewQuerySchema, savedViewRowSchema, type SavedViewRow } from '../domain/savedViewRows';
import { tenantScope } from '../domain/scopes';
import { defineMutation } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireAgent } from './access';
import { requireSavedViewWriter } from './savedViewAccess';

export const viewSaveArgs = z.object({
  /** A new id creates the view; an existing one renames it or replaces its query. */
  id: idSchema,
  name: savedViewRowSchema.shape.name,
  /** null: personal; a team id: shared with that team. */
  teamId: idSchema.nullable().default(null),
  query: savedViewQuerySchema,
});
export type ViewSaveArgs = z.infer<typeof viewSaveArgs>;

/** Saves an inbox query as a named view, personal or shared with a team (a lead's or admin's). */
export const viewSave = defineMutation({
  name: 'view.save',
  callers: 'agents',
  args: viewSaveArgs,
  reads: (args) => [
    { entity: 'saved_views', id: args.id },
    ...(args.teamId ? [{ entity: 'teams' as const, id: args.teamId }] : []),
  ],
  apply(args, rows, ctx) {
    const agent = requireAgent(ctx.actor);
    const existing = rows.get('saved_views', args.id);
    if (existing) requireSavedViewWriter(ctx.actor, existing);
    if (args.teamId && !rows.get('teams', args.teamId)) throw new MutationRejection('not_found', `Team ${args.teamId} does not exist.`);
    // The owner stays the creator when a lead edits a shared view; a personal view keeps its owner.
    const ownerId = existing?.ownerId ?? agent.agentId;
    requireSavedViewWriter(ctx.actor, { id: args.id, ownerId, teamId: args.teamId });
    const row: SavedViewRow = {
      id: args.id,
      name: args.name,
      ownerId,
      teamId: args.teamId,
      query: args.query,
      createdAt: existing?.createdAt ?? ctx.now,
      updatedAt: ctx.now,
    };
    return [{ op: 'upsert', entity: 'saved_views', id: row.id, scope: tenantScope, row }];
  },
});
