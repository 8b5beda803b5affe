import { eq, max } from 'drizzle-orm';
import { entityNames, type ChangeRow, type LiveChanges, type RowChange, type Scope } from '../../core';
import type { HubTx } from '../store/openStore';
import { writeRowChange } from '../store/writeRowChange';
import { writeRows } from '../store/writeRows';
import { insertUnnest } from '../store/insertUnnest';
import { changes } from '../store/schema';

export interface AppendedChanges {
  /** One live batch per scope touched, `prev` = that scope's head before this transaction. */
  batches: LiveChanges[];
  /** Highest seq written per scope. */
  seqs: Record<string, number>;
}

const entityOrder = new Map(entityNames.map((name, i) => [name, i]));
/** Change-log rows per INSERT (one bound array per column). */
const logChunk = 5_000;

/**
 * Writes row changes to their tables and appends them to the change log. Must run inside the
 * write lane's transaction: the global lock is what makes `prev` and seq order trustworthy.
 * Set-based: one head read per scope, rows as multi-row upserts per entity, the log as
 * multi-row INSERTs whose seqs follow the changes' order (bigserial, assigned row by row).
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
  for (const change of ordered) {
    if (batches.has(change.scope)) continue;
    const [head] = await tx.select({ seq: max(changes.seq) }).from(changes).where(eq(changes.scope, change.scope));
    batches.set(change.scope, { scope: change.scope, prev: Number(head?.seq ?? 0), rows: [] });
  }
  // A row removed from one scope and written to another in the same commit moved: its table keeps the upsert.
  const upserted = new Set(ordered.filter((c) => c.op === 'upsert').map((c) => `${c.entity}:${c.id}`));
  // Runs of upserts of one entity go out together; deletes keep their per-row cascade.
  for (let i = 0; i < ordered.length; ) {
    const change = ordered[i]!;
    if (change.op === 'delete') {
      if (!upserted.has(`${change.entity}:${change.id}`)) await writeRowChange(tx, change);
      i += 1;
      continue;
    }
    let end = i;
    while (end < ordered.length && ordered[end]!.op === 'upsert' && ordered[end]!.entity === change.entity) end += 1;
    await writeRows(tx, change.entity, ordered.slice(i, end).map((c) => c.row ?? {}));
    i = end;
  }
  const seqs: Record<string, number> = {};
  for (let i = 0; i < ordered.length; i += logChunk) {
    const part = ordered.slice(i, i + logChunk);
    const inserted = await insertUnnest(
      tx,
      changes,
      part.map((c) => ({ scope: c.scope, entity: c.entity, entityId: c.id, op: c.op, row: logRow(c), mutationId, createdAt: now })),
      null,
      changes.seq,
    );
    if (inserted.length !== part.length) throw new Error('change log insert returned fewer seqs than rows');
    const assigned = inserted.map(Number).sort((a, b) => a - b);
    part.forEach((c, j) => {
      const seq = assigned[j]!;
      const row: ChangeRow = { seq, scope: c.scope, entity: c.entity, op: c.op, id: c.id, row: logRow(c) };
      batches.get(c.scope)!.rows.push(row);
      seqs[c.scope] = seq;
    });
  }
  return { batches: [...batches.values()], seqs };
}

/** What the log carries: the row for upserts; for a move's removal, where the row went (so the old team can say so). */
function logRow(change: RowChange): Record<string, unknown> | null {
  if (change.op === 'upsert') return change.row;
  return change.movedTo === undefined ? null : { movedToTeamId: change.movedTo };
}

function rank(change: RowChange): number {
  const index = entityOrder.get(change.entity) ?? 0;
  return change.op === 'upsert' ? index : 100 - index;
}
