import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import { defineMutation } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireSavedViewWriter } from './savedViewAccess';

export const viewDeleteArgs = z.object({ id: idSchema });

/** Removes a saved view: its owner for a personal one, a lead of the team or an admin for a shared one. */
export const viewDelete = defineMutation({
  name: 'view.delete',
  callers: 'agents',
  args: viewDeleteArgs,
  reads: (args) => [{ entity: 'saved_views', id: args.id }],
  apply(args, rows, ctx) {
    const view = rows.get('saved_views', args.id);
    if (!view) throw new MutationRejection('not_found', `View ${args.id} does not exist or is not yours.`);
    requireSavedViewWriter(ctx.actor, view);
    return [{ op: 'delete', entity: 'saved_views', id: view.id, scope: tenantScope, row: null }];
  },
});
