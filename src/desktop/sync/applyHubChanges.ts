import type { ChangeRow } from '../../core';
import { applyChangeRows } from './applyChangeRows';
import { findHydrationNeeds } from './findHydrationNeeds';
import { hydrationQueue } from './hydrationQueue';
import type { SyncStepContext } from './SyncStepContext';

/** Applies change-log rows (pull page or live batches) and queues what they leave partial for fetching. */
export function applyHubChanges(ctx: SyncStepContext, rows: ChangeRow[]): void {
  const afterApply = findHydrationNeeds(ctx.store, rows, ctx.now());
  ctx.dataChanged(applyChangeRows(ctx.store, ctx.actor(), rows, ctx.log));
  hydrationQueue.add(ctx.store, afterApply());
}
