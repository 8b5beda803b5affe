import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { activeTicketStatuses, backorderThresholdSetting, uuidv7, type WarehouseRecordArgs } from '../../../core';
import type { WarehouseEventPayload } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import { chooseTeams } from '../../rules/chooseTeams';
import type { HubTx } from '../../store/openStore';
import { anyOf } from '../../store/anyOf';
import { automations, exceptions, shipments, tickets, warehouseEvents } from '../../store/schema';
import { commitMutation } from '../../write/commitMutation';
import type { Transacted } from '../../write/WriteLane';
import { emitIngested, type IngestedEvent } from '../ingestEvents';
import type { BatchOutcome } from './BatchOutcome';
import { findOrdersByNumber } from './findOrdersByNumber';
import { ingestActor } from './ingestActor';

export interface StoredWarehouseEvent {
  orderId: string;
  /** Shipped: the shipment the tracking number named (linked, or created when unknown). */
  shipmentId: string | null;
}

/** Ids bound per IN list. */
const chunk = 1_000;

/**
 * Stores a warehouse delivery as ONE core mutation `warehouse.record` (system:ingest, one audit
 * entry) in one write-lane transaction: the orders named, the shipments a "shipped" names, the
 * events it may repeat, the orders' open warehouse exceptions, their tickets and teams and the
 * backorder threshold are read in a few IN queries; an item naming an unknown order fails alone
 * by index. Core decides status, shipment links and exceptions.
 */
export async function storeWarehouseBatch(ctx: HubContext, items: readonly { index: number; value: WarehouseEventPayload }[]): Promise<BatchOutcome<StoredWarehouseEvent>> {
  const done = await ctx.lane.transact(async (tx): Promise<Transacted<{ outcome: BatchOutcome<StoredWarehouseEvent>; events: IngestedEvent[] }>> => {
    const now = ctx.now();
    const orders = await findOrdersByNumber(tx, items.map((i) => i.value.orderNumber));
    const shipmentIds = await findShipments(tx, items.flatMap((i) => (i.value.trackingNumber && i.value.type === 'shipped' ? [i.value.trackingNumber] : [])));
    const outcome: BatchOutcome<StoredWarehouseEvent> = { stored: [], failed: [] };
    const events: WarehouseRecordArgs['events'] = [];
    for (const { index, value: p } of items) {
      const order = orders.get(p.orderNumber);
      if (!order) {
        outcome.failed.push({ index, reason: `order ${p.orderNumber} is unknown (send it on the orders feed first)` });
        continue;
      }
      let shipment: WarehouseRecordArgs['events'][number]['shipment'] = null;
      if (p.type === 'shipped' && p.carrier && p.trackingNumber) {
        const shipmentId = shipmentIds.resolve(p.carrier, p.trackingNumber, () => uuidv7(now));
        shipment = { shipmentId, carrier: p.carrier, trackingNumber: p.trackingNumber, mode: p.mode };
      }
      events.push({
        index,
        orderId: order.id,
        eventId: uuidv7(now),
        exceptionId: uuidv7(now),
        type: p.type,
        occurredAt: p.occurredAt,
        warehouse: p.warehouse || null,
        expectedDate: p.expectedDate ?? null,
        lines: p.lines,
        partial: p.partial,
        note: p.note ?? null,
        shipment,
      });
      outcome.stored.push({ index, orderId: order.id, shipmentId: shipment?.shipmentId ?? null });
    }
    if (events.length === 0) return { value: { outcome, events: [] }, batches: [] };
    const orderIds = [...new Set(events.map((e) => e.orderId))];
    const customerOf = new Map([...orders.values()].map((o) => [o.id, o.customerId]));
    const args: WarehouseRecordArgs = {
      events,
      repeats: await findRepeats(tx, orderIds, events),
      openExceptionIds: await findOpenExceptions(tx, orderIds),
      owners: await findOwners(tx, orderIds, customerOf),
      backorderThresholdDays: backorderThresholdSetting.days(await tx.select().from(automations).where(eq(automations.trigger, backorderThresholdSetting.trigger))),
    };
    const audit = { action: 'warehouse.record', entity: 'orders', entityId: events[0]!.orderId, detail: { stored: outcome.stored.length, failed: outcome.failed.length } };
    const committed = await commitMutation(tx, { name: 'warehouse.record', args }, ingestActor, now, { audit });
    const touched: IngestedEvent[] = [
      ...orderIds.map((orderId): IngestedEvent => ({ kind: 'order', orderId, at: now })),
      ...[...new Set(events.flatMap((e) => (e.shipment ? [e.shipment.shipmentId] : [])))].map((shipmentId): IngestedEvent => ({ kind: 'shipment', shipmentId, at: now })),
    ];
    return { value: { outcome, events: touched }, batches: committed.batches };
  });
  await emitIngested(ctx, done.events);
  return done.outcome;
}

/**
 * Known shipments by tracking number; `resolve` matches (carrier, number), else the number alone
 * when one shipment has it, else hands out a new id (kept, so a later item of the delivery finds it).
 */
async function findShipments(tx: HubTx, numbers: readonly string[]) {
  const unique = [...new Set(numbers)];
  const byNumber = new Map<string, { id: string; carrier: string }[]>();
  for (let i = 0; i < unique.length; i += chunk) {
    const rows = await tx.select({ id: shipments.id, carrier: shipments.carrier, trackingNumber: shipments.trackingNumber }).from(shipments).where(anyOf(shipments.trackingNumber, unique.slice(i, i + chunk)));
    for (const r of rows) byNumber.set(r.trackingNumber, [...(byNumber.get(r.trackingNumber) ?? []), { id: r.id, carrier: r.carrier }]);
  }
  return {
    resolve(carrier: string, trackingNumber: string, newId: () => string): string {
      const known = byNumber.get(trackingNumber) ?? [];
      const match = known.find((k) => k.carrier === carrier) ?? (known.length === 1 ? known[0] : undefined);
      if (match) return match.id;
      const id = newId();
      byNumber.set(trackingNumber, [...known, { id, carrier }]);
      return id;
    },
  };
}

/** Stored events of these orders at the delivery's times (a repeat is the same order, type and time). */
async function findRepeats(tx: HubTx, orderIds: readonly string[], events: WarehouseRecordArgs['events']): Promise<WarehouseRecordArgs['repeats']> {
  const times = [...new Set(events.map((e) => e.occurredAt))];
  const found: WarehouseRecordArgs['repeats'] = [];
  for (let i = 0; i < orderIds.length; i += chunk) {
    const rows = await tx
      .select({ orderId: warehouseEvents.orderId, type: warehouseEvents.type, occurredAt: warehouseEvents.occurredAt })
      .from(warehouseEvents)
      .where(and(anyOf(warehouseEvents.orderId, orderIds.slice(i, i + chunk)), inArray(warehouseEvents.occurredAt, times)));
    found.push(...rows);
  }
  return found;
}

async function findOpenExceptions(tx: HubTx, orderIds: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (let i = 0; i < orderIds.length; i += chunk) {
    const rows = await tx.select({ id: exceptions.id }).from(exceptions).where(and(anyOf(exceptions.orderId, orderIds.slice(i, i + chunk)), ne(exceptions.status, 'resolved')));
    found.push(...rows.map((r) => r.id));
  }
  return found;
}

/**
 * Where each order's new exception goes: the team of the newest active ticket about the order
 * (and that ticket, linked), else the team that handled the customer's latest ticket, else the
 * first team — as shipment exceptions choose (rules/chooseTeams).
 */
async function findOwners(tx: HubTx, orderIds: readonly string[], customerOf: ReadonlyMap<string, string>): Promise<WarehouseRecordArgs['owners']> {
  const linked = new Map<string, { teamId: string; ticketId: string }>();
  for (let i = 0; i < orderIds.length; i += chunk) {
    const rows = await tx
      .selectDistinctOn([tickets.orderId], { orderId: tickets.orderId, teamId: tickets.teamId, ticketId: tickets.id })
      .from(tickets)
      .where(and(anyOf(tickets.orderId, orderIds.slice(i, i + chunk)), inArray(tickets.status, [...activeTicketStatuses])))
      .orderBy(tickets.orderId, desc(tickets.lastMessageAt));
    for (const r of rows) if (r.orderId) linked.set(r.orderId, { teamId: r.teamId, ticketId: r.ticketId });
  }
  const teams = await chooseTeams(tx, orderIds.filter((id) => !linked.has(id)).flatMap((id) => (customerOf.has(id) ? [customerOf.get(id)!] : [])));
  return orderIds.map((orderId) => {
    const ticket = linked.get(orderId);
    if (ticket) return { orderId, ...ticket };
    return { orderId, teamId: teams.get(customerOf.get(orderId) ?? '') ?? null, ticketId: null };
  });
}
