import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import { defineMutation } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireCustomerMerger } from './requireCustomerMerger';

export const customerDuplicateDismissArgs = z.object({ id: idSchema });
export type CustomerDuplicateDismissArgs = z.infer<typeof customerDuplicateDismissArgs>;

/** A lead or admin says two flagged customers are not the same; the pair is never flagged again. */
export const customerDuplicateDismiss = defineMutation({
  name: 'duplicate.dismiss',
  callers: 'agents',
  args: customerDuplicateDismissArgs,
  reads: (args) => [{ entity: 'customer_duplicates', id: args.id }],
  apply(args, rows, ctx) {
    requireCustomerMerger(ctx.actor);
    const pair = rows.get('customer_duplicates', args.id);
    if (!pair) throw new MutationRejection('not_found', `Duplicate pair ${args.id} does not exist.`);
    if (pair.status !== 'open') throw new MutationRejection('conflict', `This pair was already ${pair.status}.`);
    const row = { ...pair, status: 'dismissed' as const, updatedAt: Math.max(ctx.now, pair.updatedAt + 1) };
    return [{ op: 'upsert', entity: 'customer_duplicates', id: row.id, scope: tenantScope, row }];
  },
});
