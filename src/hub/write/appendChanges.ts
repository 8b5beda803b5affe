import { eq, max } from 'drizzle-orm';
import { entityNames, type ChangeRow, type LiveChanges, type RowChange, type Scope } from '../../core';
import type { HubTx } from '../store/openStore';
import { writeRowChange } from '../store/writeRowChange';
import { changes } from '../store/schema';

export interface AppendedChanges {
  /** One live batch per scope touched, `prev` = that scope's head before this transaction. */
  batches: LiveChanges[];
  /** Highest seq written per scope. */
  seqs: Record<string, number>;
}

const entityOrder = new Map(entityNames.map((name, i) => [name, i]));

/**
 * Writes row changes to their tables and appends them to the change log. Must run inside the
 * write lane's transaction: the global lock is what makes `prev` and seq order trustworthy.
 */
export async function appendChanges(
  tx: HubTx,
  rowChanges: readonly RowChange[],
  mutationId: string | null,
  now: number,
): Promise<AppendedChanges> {
  // Parents before children for upserts, children before parents for deletes (foreign keys).
  const ordered = [...rowChanges].sort((a, b) => rank(a) - rank(b));
  const batches = new Map<Scope, LiveChanges>();
  const seqs: Record<string, number> = {};
  for (const change of ordered) {
    let batch = batches.get(change.scope);
    if (!batch) {
      const [head] = await tx.select({ seq: max(changes.seq) }).from(changes).where(eq(changes.scope, change.scope));
      batch = { scope: change.scope, prev: Number(head?.seq ?? 0), rows: [] };
      batches.set(change.scope, batch);
    }
    await writeRowChange(tx, change);
    const [inserted] = await tx
      .insert(changes)
      .values({
        scope: change.scope,
        entity: change.entity,
        entityId: change.id,
        op: change.op,
        row: change.row,
        mutationId,
        createdAt: now,
      })
      .returning({ seq: changes.seq });
    if (!inserted) throw new Error('change log insert returned no seq');
    const row: ChangeRow = { seq: inserted.seq, scope: change.scope, entity: change.entity, op: change.op, id: change.id, row: change.row };
    batch.rows.push(row);
    seqs[change.scope] = inserted.seq;
  }
  return { batches: [...batches.values()], seqs };
}

function rank(change: RowChange): number {
  const index = entityOrder.get(change.entity) ?? 0;
  return change.op === 'upsert' ? index : 100 - index;
}
