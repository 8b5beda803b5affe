import { inArray } from 'drizzle-orm';
import { finalShipmentActionStates, type ShipmentActionOutcome } from '../../core';
import type { HubContext } from '../HubContext';
import { shipmentActions, shipments } from '../store/schema';
import type { RulesWork } from './rulesWorkSchema';
import type { ShipmentTrigger } from './ShipmentTrigger';

const isOutcome = (state: string): state is ShipmentActionOutcome => (finalShipmentActionStates as readonly string[]).includes(state);

/**
 * Delivered / out-for-delivery scans and settled shipment actions, resolved to their customers
 * (and an action to its outcome and ticket) in two queries when the rules chain runs.
 */
export async function resolveStatusTriggers(db: HubContext['db'], pending: RulesWork['triggers']): Promise<ShipmentTrigger[]> {
  if (pending.length === 0) return [];
  const ids = [...new Set(pending.map((p) => p.shipmentId))];
  const actionIds = [...new Set(pending.flatMap((p) => (p.actionId ? [p.actionId] : [])))];
  const [rows, actions] = await Promise.all([
    db.select({ id: shipments.id, customerId: shipments.customerId }).from(shipments).where(inArray(shipments.id, ids)),
    actionIds.length === 0
      ? Promise.resolve([])
      : db.select({ id: shipmentActions.id, state: shipmentActions.state, kind: shipmentActions.kind, ticketId: shipmentActions.ticketId }).from(shipmentActions).where(inArray(shipmentActions.id, actionIds)),
  ]);
  const customerOf = new Map(rows.map((r) => [r.id, r.customerId]));
  const actionOf = new Map(actions.map((a) => [a.id, a]));
  return pending.flatMap(({ shipmentId, trigger, actionId }): ShipmentTrigger[] => {
    const customerId = customerOf.get(shipmentId);
    if (!customerId) return [];
    if (trigger !== 'shipment_action.settled') return [{ event: { trigger, shipmentId, customerId, exceptionType: null }, exceptionId: null }];
    const action = actionId ? actionOf.get(actionId) : undefined;
    if (!action || !isOutcome(action.state)) return [];
    return [{ event: { trigger, shipmentId, customerId, exceptionType: null, shipmentActionId: action.id, outcome: action.state, actionKind: action.kind }, exceptionId: null, ticketId: action.ticketId }];
  });
}
