import type { RowChange, SeedLoadArgs, SystemActor } from '../../core';
import type { HubTx } from '../store/openStore';
import { commitMutation } from '../write/commitMutation';

const seedActor: SystemActor = { kind: 'system', systemId: 'system:seed' };
/** Rows per seed.load run (one audit entry each): big enough to keep the audit log short. */
const CHUNK = 2_000;

/**
 * Writes a seed's rows as seed.load mutations run by the `system:seed` actor, in order, one
 * per chunk: rows, change log and an audit entry naming the seed (`label`) through the one
 * commit path. Runs inside the caller's write-lane transaction.
 */
export async function loadSeedRows(tx: HubTx, rows: readonly RowChange[], label: string, now: number): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const byEntity: Record<string, unknown[]> = {};
    for (const change of chunk) {
      if (change.op !== 'upsert') throw new Error('a seed writes upserts only');
      (byEntity[change.entity] ??= []).push(change.row);
    }
    const counts = Object.fromEntries(Object.entries(byEntity).map(([entity, list]) => [entity, list.length]));
    const args: SeedLoadArgs = { rows: byEntity };
    await commitMutation(tx, { name: 'seed.load', args }, seedActor, now, {
      // Counts, not every row id: a seed chunk names thousands of rows.
      audit: { action: 'seed.load', entity: 'seed', entityId: label, detail: { chunk: i / CHUNK, rows: counts } },
    });
  }
}
