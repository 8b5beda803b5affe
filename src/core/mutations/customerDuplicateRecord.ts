import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import type { CustomerDuplicateRow } from '../domain/customerDuplicateRow';
import { duplicateReasonSchema } from '../customers/duplicateReasons';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor } from './access';

export const customerDuplicateRecordArgs = z.object({
  /** Pairs found by the hub's detection; `id` is the stored pair's id when it has one, else a new UUID v7. */
  pairs: z
    .array(z.object({ id: idSchema, customerId: idSchema, otherId: idSchema, reasons: z.array(duplicateReasonSchema).min(1) }))
    .min(1)
    .max(2_000),
});
export type CustomerDuplicateRecordArgs = z.infer<typeof customerDuplicateRecordArgs>;

/**
 * The hub's duplicate detection records likely duplicate pairs for leads to review. A pair a lead
 * dismissed or merged stays as it is; pairs naming a missing or merged-away customer are skipped.
 */
export const customerDuplicateRecord = defineMutation({
  name: 'duplicate.record',
  callers: 'system',
  args: customerDuplicateRecordArgs,
  reads: (args) =>
    args.pairs.flatMap((p) => [
      { entity: 'customer_duplicates' as const, id: p.id },
      { entity: 'customers' as const, id: p.customerId },
      { entity: 'customers' as const, id: p.otherId },
    ]),
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:rules']);
    const changes: RowChange[] = [];
    for (const pair of args.pairs) {
      const live = [pair.customerId, pair.otherId].every((id) => rows.get('customers', id)?.mergedIntoId === null);
      const existing = rows.get('customer_duplicates', pair.id);
      if (!live || pair.customerId === pair.otherId || (existing && existing.status !== 'open')) continue;
      if (existing && existing.reasons.join() === pair.reasons.join()) continue;
      const row: CustomerDuplicateRow = {
        id: pair.id,
        customerId: pair.customerId,
        otherId: pair.otherId,
        reasons: pair.reasons,
        status: 'open',
        detectedAt: existing?.detectedAt ?? ctx.now,
        updatedAt: ctx.now,
      };
      changes.push({ op: 'upsert', entity: 'customer_duplicates', id: row.id, scope: tenantScope, row });
    }
    return changes;
  },
});
