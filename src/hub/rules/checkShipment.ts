import { asc, eq } from 'drizzle-orm';
import {
  detectExceptions,
  exceptionRowDefaults,
  reconcileExceptions,
  teamScope,
  trackingStatusSchema,
  uuidv7,
  type ExceptionRow,
  type NotificationEvent,
  type RowChange,
  type ShipmentMode,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';
import { exceptions, trackingEvents } from '../store/schema';
import { chooseTeam } from './chooseTeam';
import { findTicketForShipment } from './findTicketForShipment';
import type { RulesWork } from './runRulesWrite';

/** A notification trigger born from this check, with the exception that caused it. */
export interface ShipmentTrigger {
  event: NotificationEvent;
  exceptionId: string | null;
}

/**
 * Runs exception detection for one shipment against what is stored: opens new exceptions
 * (linked to the open ticket about the shipment, in that ticket's team), resolves cleared
 * ones, escalates worse ones, links unlinked ones once a ticket exists. Re-running with
 * nothing new writes nothing.
 */
export async function checkShipment(
  tx: HubTx,
  shipmentId: string,
  now: number,
  staleThresholds: Partial<Record<ShipmentMode, number>> | undefined,
): Promise<RulesWork<ShipmentTrigger[]>> {
  const none: RulesWork<ShipmentTrigger[]> = { value: [], changes: [], audit: [] };
  const shipment = await loadRow(tx, 'shipments', shipmentId);
  if (!shipment) return none;
  const [events, stored, order, customer] = await Promise.all([
    tx.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, shipmentId)).orderBy(asc(trackingEvents.occurredAt)),
    tx.select().from(exceptions).where(eq(exceptions.shipmentId, shipmentId)),
    shipment.orderId ? loadRow(tx, 'orders', shipment.orderId) : Promise.resolve(undefined),
    loadRow(tx, 'customers', shipment.customerId),
  ]);
  const detected = detectExceptions(
    {
      id: shipment.id,
      mode: shipment.mode,
      status: shipment.status,
      promisedAt: shipment.promisedDate ?? order?.promisedDate ?? null,
      eta: shipment.eta,
      declaredValue: order?.total ?? null,
      customerTier: customer?.tier ?? 'standard',
    },
    events.map((e) => ({ id: e.id, occurredAt: e.occurredAt, status: trackingStatusSchema.catch('unknown').parse(e.status) })),
    now,
    staleThresholds ? { staleThresholds } : {},
  );
  const plan = reconcileExceptions(detected, stored);
  const unlinked = stored.filter((e) => e.status !== 'resolved' && e.ticketId === null);
  if (plan.open.length === 0 && plan.resolve.length === 0 && plan.escalate.length === 0 && unlinked.length === 0) return none;

  const ticket = await findTicketForShipment(tx, shipment);
  const changes: RowChange[] = [];
  const put = (row: ExceptionRow): void => {
    changes.push({ op: 'upsert', entity: 'exceptions', id: row.id, scope: teamScope(row.teamId), row });
  };
  const updated = new Map<string, ExceptionRow>();
  const edit = (row: ExceptionRow, patch: Partial<ExceptionRow>): void => {
    updated.set(row.id, { ...(updated.get(row.id) ?? row), ...patch });
  };
  for (const k of plan.resolve) edit(stored.find((s) => s.id === k.id)!, { status: 'resolved', resolvedAt: now });
  for (const e of plan.escalate) edit(stored.find((s) => s.id === e.exception.id)!, { severity: e.severity, note: e.reason });
  if (ticket) for (const row of unlinked) if (!plan.resolve.some((r) => r.id === row.id)) edit(row, { ticketId: ticket.id });
  for (const row of updated.values()) put(row);

  const triggers: ShipmentTrigger[] = [];
  const teamId = ticket?.teamId ?? (plan.open.length > 0 ? await chooseTeam(tx, shipment.customerId) : null);
  if (teamId) {
    for (const d of plan.open) {
      const row: ExceptionRow = {
        ...exceptionRowDefaults(),
        id: uuidv7(now),
        type: d.type,
        severity: d.severity,
        status: 'open',
        shipmentId: shipment.id,
        customerId: shipment.customerId,
        teamId,
        ticketId: ticket?.id ?? null,
        detectedAt: now,
        acknowledgedAt: null,
        resolvedAt: null,
        note: d.reason,
        dedupeKey: d.dedupeKey,
      };
      put(row);
      const base = { shipmentId: shipment.id, customerId: shipment.customerId };
      triggers.push({ event: { ...base, trigger: 'exception.opened', exceptionType: d.type }, exceptionId: row.id });
      if (d.type === 'delay') triggers.push({ event: { ...base, trigger: 'shipment.delayed', exceptionType: 'delay' }, exceptionId: row.id });
    }
  }
  return { value: triggers, changes, audit: [] };
}
