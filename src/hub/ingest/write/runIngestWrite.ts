import type { RowChange } from '../../../core';
import type { HubContext } from '../../HubContext';
import type { HubTx } from '../../store/openStore';
import { commitChanges } from '../../write/commitChanges';
import { emitIngested, type IngestedEvent } from '../ingestEvents';

export interface IngestWork<T> {
  changes: RowChange[];
  events: IngestedEvent[];
  value: T;
}

/** One item's ingest: reads in `tx`, returns the row changes to append (not yet written). */
export type IngestWorkFn<T> = (tx: HubTx, now: number) => Promise<IngestWork<T>>;

/**
 * One ingest write through the hub's only write path: the write lane's transaction, row
 * changes appended to the change log (so desktops get them live), then listeners told.
 */
export async function runIngestWrite<T>(ctx: HubContext, work: IngestWorkFn<T>): Promise<T> {
  const done = await ctx.lane.transact(async (tx) => {
    const now = ctx.now();
    const result = await work(tx, now);
    const { batches } = await commitChanges(tx, { changes: result.changes, now });
    return { value: result, batches };
  });
  await emitIngested(ctx, done.events);
  return done.value;
}
