import type { ExceptionRow, OrderRow, ShipmentRow } from '../domain/logisticsRows';
import { exceptionRowDefaults } from '../domain/rowDefaults';
import type { WarehouseEventRow } from '../domain/warehouseEventRow';
import type { ExceptionSeverity, ExceptionType } from '../logistics/exceptionKinds';
import { shipmentFromUpsert } from '../logistics/shipmentFromUpsert';
import type { WarehouseRecordArgs } from './warehouseRecordArgs';
import { orderShippedComplete, orderStatusAfter } from './orderProgress';

const DAY = 86_400_000;

export interface WarehousePlan {
  orders: OrderRow[];
  shipments: ShipmentRow[];
  events: WarehouseEventRow[];
  exceptions: ExceptionRow[];
}

/** The stored rows the delivery touches: its orders, the known shipments it names, the orders' unresolved warehouse exceptions. */
export interface WarehouseFacts {
  orders: ReadonlyMap<string, OrderRow>;
  shipments: ReadonlyMap<string, ShipmentRow>;
  open: readonly ExceptionRow[];
}

/** `order:<orderId>:<type>`: at most one unresolved warehouse exception per order and kind. */
function warehouseExceptionKey(orderId: string, type: ExceptionType): string {
  return `order:${orderId}:${type}`;
}

/**
 * The rows a delivery of warehouse events writes, deciding each event in feed order against
 * what earlier ones did. Invariants: an order's status only moves forward (orderProgress); an
 * event repeating one stored (same order, type, time) writes nothing; at most one unresolved
 * exception per order and kind; a shipped-complete order resolves its warehouse exceptions, and
 * a late backorder or short pick after that opens none.
 */
export function planWarehouseEvents(args: WarehouseRecordArgs, facts: WarehouseFacts, now: number): WarehousePlan {
  const orders = new Map(facts.orders);
  const changedOrders = new Set<string>();
  const shipments = new Map<string, ShipmentRow>();
  const exceptions = new Map<string, ExceptionRow>();
  const openByKey = new Map(facts.open.map((e) => [e.dedupeKey, e]));
  const owners = new Map(args.owners.map((o) => [o.orderId, o]));
  const seen = new Set(args.repeats.map((r) => `${r.orderId}:${r.type}:${r.occurredAt}`));
  const events: WarehouseEventRow[] = [];

  const put = (row: ExceptionRow): void => {
    exceptions.set(row.id, row);
    if (row.status === 'resolved') openByKey.delete(row.dedupeKey);
    else openByKey.set(row.dedupeKey, row);
  };

  for (const e of args.events) {
    const repeatKey = `${e.orderId}:${e.type}:${e.occurredAt}`;
    if (seen.has(repeatKey)) continue;
    seen.add(repeatKey);
    const order = orders.get(e.orderId)!;

    let shipmentId: string | null = null;
    if (e.shipment) {
      const s = e.shipment;
      const known = shipments.get(s.shipmentId) ?? facts.shipments.get(s.shipmentId);
      // A known shipment keeps its order if it has one; a new one is born as the shipments feed would make it.
      const next = shipmentFromUpsert(
        { shipmentId: s.shipmentId, orderId: known?.orderId ?? order.id, customerId: known ? undefined : order.customerId, carrier: known?.carrier ?? s.carrier, trackingNumber: s.trackingNumber, mode: known?.mode ?? s.mode, origin: '', destination: '', promisedDate: known ? undefined : order.promisedDate },
        known,
        now,
      );
      shipments.set(next.id, next);
      shipmentId = next.id;
    }

    events.push({
      id: e.eventId,
      orderId: order.id,
      type: e.type,
      occurredAt: e.occurredAt,
      warehouse: e.warehouse,
      expectedDate: e.expectedDate,
      lines: e.lines,
      shipmentId,
      partial: e.partial,
      note: e.note,
      createdAt: now,
    });

    const status = orderStatusAfter(order.status, e.type, e.partial);
    if (status !== order.status) {
      orders.set(order.id, { ...order, status, updatedAt: now });
      changedOrders.add(order.id);
    }

    if (orderShippedComplete(status)) {
      for (const type of ['backorder', 'short_pick'] as const) {
        const stale = openByKey.get(warehouseExceptionKey(order.id, type));
        // resolvedBy null: the condition cleared (the queue says the order shipped complete).
        if (stale) put({ ...stale, status: 'resolved', resolvedAt: now, resolvedBy: null });
      }
      continue;
    }
    const found = detect(e, order, args.backorderThresholdDays);
    if (!found || openByKey.has(warehouseExceptionKey(order.id, found.type))) continue;
    const owner = owners.get(order.id);
    // No team exists yet (an empty workspace): nowhere to queue it; the event itself is still stored.
    if (!owner?.teamId) continue;
    put({
      ...exceptionRowDefaults(),
      id: e.exceptionId,
      type: found.type,
      severity: found.severity,
      status: 'open',
      shipmentId: null,
      orderId: order.id,
      customerId: order.customerId,
      teamId: owner.teamId,
      ticketId: owner.ticketId,
      detectedAt: now,
      acknowledgedAt: null,
      resolvedAt: null,
      note: found.reason,
      dedupeKey: warehouseExceptionKey(order.id, found.type),
    });
  }
  return { orders: [...changedOrders].map((id) => orders.get(id)!), shipments: [...shipments.values()], events, exceptions: [...exceptions.values()] };
}

type Detected = { type: ExceptionType; severity: ExceptionSeverity; reason: string };

/** The warehouse exception an event calls for, if any: a short pick always, a backorder only past the threshold. */
function detect(e: WarehouseRecordArgs['events'][number], order: OrderRow, thresholdDays: number): Detected | null {
  const where = e.warehouse ? ` at ${e.warehouse}` : '';
  const lines = e.lines.map((l) => `${l.sku} ×${l.quantity}`).join(', ');
  const missing = lines ? ` (${lines})` : '';
  if (e.type === 'short_picked') return { type: 'short_pick', severity: 'medium', reason: `Short picked${where}${missing}.` };
  if (e.type !== 'backordered' || e.expectedDate === null || order.promisedDate === null) return null;
  const lateMs = e.expectedDate - order.promisedDate;
  if (lateMs <= thresholdDays * DAY) return null;
  const days = Math.ceil(lateMs / DAY);
  return {
    type: 'backorder',
    // A week past the promise is a customer who must be told now.
    severity: lateMs >= 7 * DAY ? 'high' : 'medium',
    reason: `Backordered${where}${missing}: expected ${day(e.expectedDate)}, ${days} day${days === 1 ? '' : 's'} after the promised ${day(order.promisedDate)}.`,
  };
}

function day(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
