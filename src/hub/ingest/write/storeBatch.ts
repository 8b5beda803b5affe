import type { LiveChanges } from '../../../core';
import type { HubContext } from '../../HubContext';
import { commitChanges } from '../../write/commitChanges';
import { emitIngested, type IngestedEvent } from '../ingestEvents';
import { IngestItemError } from './IngestItemError';
import type { IngestWorkFn } from './runIngestWrite';

export interface BatchOutcome<R> {
  stored: ({ index: number } & R)[];
  failed: { index: number; reason: string }[];
}

/**
 * Stores a batch in ONE write-lane transaction, each item in its own savepoint: an item that
 * cannot be stored (IngestItemError) rolls back alone and is reported by index, the rest land;
 * a later item sees an earlier one's rows (its changes are appended right after it). Unexpected
 * errors fail the whole delivery. Listeners hear about the batch once it has committed.
 */
export async function storeBatch<T, R>(ctx: HubContext, items: { index: number; value: T }[], work: (value: T) => IngestWorkFn<R>): Promise<BatchOutcome<R>> {
  const value = await ctx.lane.transact(async (tx) => {
    const now = ctx.now();
    const outcome: BatchOutcome<R> = { stored: [], failed: [] };
    const events: IngestedEvent[] = [];
    const batches: LiveChanges[] = [];
    for (const { index, value: item } of items) {
      try {
        const done = await tx.transaction(async (savepoint) => {
          const result = await work(item)(savepoint, now);
          const appended = await commitChanges(savepoint, { changes: result.changes, now });
          return { result, appended };
        });
        outcome.stored.push({ index, ...done.result.value });
        events.push(...done.result.events);
        batches.push(...done.appended.batches);
      } catch (error) {
        if (!(error instanceof IngestItemError)) throw error;
        outcome.failed.push({ index, reason: error.message });
      }
    }
    return { value: { outcome, events }, batches };
  });
  await emitIngested(ctx, value.events);
  return value.outcome;
}
