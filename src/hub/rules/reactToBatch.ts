import type { LiveChanges, ShipmentMode } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubTx } from '../store/openStore';
import type { ShipmentTrigger } from './ShipmentTrigger';
import { checkShipments } from './checkShipments';
import { notifyCustomer } from './notifyCustomer';
import { commitRulesWork } from './runRulesWrite';
import { syncTicketSla } from './syncTicketSla';

/** What a batch of writes asks of the rules: shipments to re-check, tickets whose SLA to sync, notifications to run. */
export interface ReactionWork {
  shipmentIds: readonly string[];
  ticketIds: readonly string[];
  triggers: readonly ShipmentTrigger[];
}

export interface ReactionOptions {
  now: number;
  staleThresholds?: Partial<Record<ShipmentMode, number>> | undefined;
}

/**
 * The rules' reaction to a batch, written in ONE write-lane transaction: exception detection
 * for every shipment (checkShipments; a read-only pass outside the lock first, so only
 * shipments with something to write are re-checked under it), then the notifications for the
 * given triggers and those the checks raised, then the tickets' SLA clocks. Each notification
 * and SLA sync runs in its own savepoint and is committed before the next (later ones see its
 * ticket and history); one that fails is logged and rolled back alone. Returns the triggers
 * the checks raised. A failing check fails the whole call (the caller may retry piecewise).
 */
export async function reactToBatch(ctx: HubContext, work: ReactionWork, options: ReactionOptions): Promise<ShipmentTrigger[]> {
  const { now, staleThresholds } = options;
  const ids = [...new Set(work.shipmentIds)];
  const dryRun = ids.length > 0 ? await ctx.db.transaction((tx) => checkShipments(tx, ids, now, staleThresholds)) : { changes: [] };
  const changed = [...new Set(dryRun.changes.flatMap((c) => (c.entity === 'exceptions' && c.row ? [c.row.shipmentId] : [])))];
  const ticketIds = [...new Set(work.ticketIds)];
  if (changed.length === 0 && work.triggers.length === 0 && ticketIds.length === 0) return [];
  return ctx.lane.transact(async (tx) => {
    const batches: LiveChanges[] = [];
    const checked = changed.length > 0 ? await checkShipments(tx, changed, now, staleThresholds) : { value: [], changes: [], audit: [] };
    batches.push(...(await commitRulesWork(tx, checked, now)));
    for (const trigger of [...work.triggers, ...checked.value]) {
      batches.push(...(await alone(ctx, tx, `notification ${trigger.event.trigger}`, async (sp) => commitRulesWork(sp, await notifyCustomer(sp, trigger, now, null), now))));
    }
    for (const id of ticketIds) {
      batches.push(...(await alone(ctx, tx, `ticket ${id}`, async (sp) => commitRulesWork(sp, await syncTicketSla(sp, id), now))));
    }
    return { value: checked.value, batches };
  });
}


/** One piece in a savepoint: its failure is logged and rolled back without the rest of the batch. */
async function alone(ctx: HubContext, tx: HubTx, what: string, piece: (sp: HubTx) => Promise<LiveChanges[]>): Promise<LiveChanges[]> {
  try {
    return await tx.transaction(piece);
  } catch (err) {
    ctx.log.error({ err }, `rules: ${what} failed`);
    return [];
  }
}
