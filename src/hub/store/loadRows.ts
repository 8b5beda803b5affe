import type { AnyRow, RowRef } from '../../core';
import type { HubTx } from './openStore';
import { loadRow } from './rowStore';

/** The rows a mutation reads, in the order of `refs` (undefined where missing). */
export async function loadRows(tx: HubTx, refs: RowRef[]): Promise<(AnyRow | undefined)[]> {
  const found: (AnyRow | undefined)[] = [];
  for (const ref of refs) found.push(await loadRow(tx, ref.entity, ref.id));
  return found;
}
