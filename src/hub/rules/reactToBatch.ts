import type { LiveChanges, MutationRejection, ShipmentMode } from '../../core';
import type { HubContext } from '../HubContext';
import type { ShipmentTrigger } from './ShipmentTrigger';
import { runTicketRules } from '../automations/runTicketRules';
import type { TicketRuleEventRef } from '../automations/ticketRuleEventSchema';
import { runSurvey } from '../csat/runSurvey';
import { scheduleSurveys } from '../csat/scheduleSurveys';
import { checkShipments } from './checkShipments';
import { ScanHistory } from './ScanHistory';
import { notifyCustomers } from './notifyCustomers';
import { commitRulesWork, type RulesCall } from './runRulesWrite';
import { syncTicketSlas } from './syncTicketSlas';

/** What a batch of writes asks of the rules: shipments to re-check, tickets whose SLA to sync, notifications to run. */
export interface ReactionWork {
  shipmentIds: readonly string[];
  ticketIds: readonly string[];
  triggers: readonly ShipmentTrigger[];
  /** New tickets, customer replies, solves, breaches and survey answers for the ticket rules. */
  ticketEvents?: readonly TicketRuleEventRef[];
}

export interface ReactionOptions {
  now: number;
  staleThresholds?: Partial<Record<ShipmentMode, number>> | undefined;
  /** The engine's scan cache (rounds read only new scans); a fresh one reads every history. */
  scans?: ScanHistory;
}

/**
 * The rules' reaction to a batch, written in ONE write-lane transaction: exception detection
 * for every shipment (checkShipments; a read-only pass outside the lock first, so only
 * shipments with something to write are re-checked under it), then the notifications for the
 * given triggers and those the checks raised (notifyCustomers: decided together, committed as
 * one batch of notification.queue calls; a refused call is logged and skipped alone), then the
 * ticket rules (runTicketRules: one ticket.applyRules per ticket), then the
 * tickets' SLA clocks (syncTicketSlas) and their satisfaction surveys (scheduleSurveys). Every step reads set-based, so a round costs a few
 * dozen statements whatever its size. Returns the triggers the checks raised. A failing step
 * fails the whole call (the caller retries piecewise).
 */
export async function reactToBatch(ctx: HubContext, work: ReactionWork, options: ReactionOptions): Promise<ShipmentTrigger[]> {
  const { now, staleThresholds } = options;
  const scans = options.scans ?? new ScanHistory();
  const ids = [...new Set(work.shipmentIds)];
  const dryRun = ids.length > 0 ? await ctx.db.transaction((tx) => checkShipments(tx, ids, now, staleThresholds, scans)) : { changes: [] };
  const changed = [...new Set(dryRun.changes.flatMap((c) => (c.entity === 'exceptions' && c.row?.shipmentId ? [c.row.shipmentId] : [])))];
  const ticketIds = [...new Set(work.ticketIds)];
  const ticketEvents = work.ticketEvents ?? [];
  if (changed.length === 0 && work.triggers.length === 0 && ticketIds.length === 0 && ticketEvents.length === 0) return [];
  const refused = (call: RulesCall, rejection: MutationRejection): void => ctx.log.error({ err: rejection }, `rules: ${call.name} refused`);
  return ctx.lane.transact(async (tx) => {
    const batches: LiveChanges[] = [];
    const checked = changed.length > 0 ? await checkShipments(tx, changed, now, staleThresholds, scans) : { value: [], changes: [], audit: [] };
    batches.push(...(await commitRulesWork(tx, checked, now)));
    const notified = await notifyCustomers(tx, [...work.triggers, ...checked.value], now, null);
    batches.push(...(await commitRulesWork(tx, notified, now, refused)));
    // Ticket rules before the SLA sync: a priority a rule sets is timed in this round.
    batches.push(...(await runTicketRules(ctx, tx, ticketEvents, now)));
    batches.push(...(await commitRulesWork(tx, await syncTicketSlas(tx, ticketIds), now)));
    // Solved tickets get their satisfaction survey scheduled; one already due (no delay) goes out now.
    for (const due of await scheduleSurveys(tx, ticketIds, now)) batches.push(...(await runSurvey(ctx, tx, due.id, due.at)));
    return { value: checked.value, batches };
  });
}
