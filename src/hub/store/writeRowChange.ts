import type { RowChange } from '../../core';
import type { HubTx } from './openStore';
import { writeRow } from './rowStore';

/**
 * Writes one change to its table. The row is re-validated against the core schema first: a
 * mutation producing an invalid row is a bug and must not reach the log.
 */
export async function writeRowChange(tx: HubTx, change: RowChange): Promise<void> {
  await writeRow(tx, change);
}
