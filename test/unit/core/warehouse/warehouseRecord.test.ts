import { describe, expect, it } from 'vitest';
import { orderStatusAfter, uuidv7, type ExceptionRow, type OrderRow, type RowChange, type WarehouseRecordArgs } from '../../../../src/core';
import { runCoreMutation } from '../runCoreMutation';

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 1, 8);
const ingest = { actor: { kind: 'system' as const, systemId: 'system:ingest' as const }, now, sequences: {} };
const teamId = uuidv7(now);
const order: OrderRow = { id: uuidv7(now), customerId: uuidv7(now), number: 'SO-1', status: 'confirmed', lines: [], currency: 'EUR', total: 0, promisedDate: now + 5 * DAY, createdAt: now - DAY, updatedAt: now - DAY };

type Event = WarehouseRecordArgs['events'][number];
const event = (type: Event['type'], fields: Partial<Event> = {}): Event => ({
  index: 0,
  orderId: order.id,
  eventId: uuidv7(now),
  exceptionId: uuidv7(now),
  type,
  occurredAt: now,
  warehouse: null,
  expectedDate: null,
  lines: [],
  partial: false,
  note: null,
  shipment: null,
  ...fields,
});
const args = (events: Event[], extra: Partial<WarehouseRecordArgs> = {}): WarehouseRecordArgs => ({
  events,
  repeats: [],
  openExceptionIds: [],
  owners: [{ orderId: order.id, teamId, ticketId: null }],
  backorderThresholdDays: 2,
  ...extra,
});
const rowsOf = <E extends RowChange['entity']>(changes: RowChange[], entity: E) => changes.filter((c) => c.entity === entity).map((c) => c.row as Extract<RowChange, { entity: E }>['row']);

describe('order progress', () => {
  it('moves forward only: a late pick after shipping changes nothing, a backorder holds the order until it ships', () => {
    expect(orderStatusAfter('confirmed', 'picked', false)).toBe('picked');
    expect(orderStatusAfter('picked', 'packed', false)).toBe('packed');
    expect(orderStatusAfter('shipped', 'picked', false)).toBe('shipped');
    // A backorder after a (partial) pack holds the order until it ships; a later pack does not clear it.
    expect(orderStatusAfter('packed', 'backordered', false)).toBe('backordered');
    expect(orderStatusAfter('backordered', 'packed', false)).toBe('backordered');
    expect(orderStatusAfter('backordered', 'shipped', true)).toBe('partially_shipped');
    expect(orderStatusAfter('partially_shipped', 'shipped', false)).toBe('shipped');
    expect(orderStatusAfter('cancelled', 'shipped', false)).toBe('cancelled');
  });
});

describe('warehouse.record', () => {
  it('opens a backorder exception only past the threshold, in the owner team, about the order', () => {
    const within = runCoreMutation('warehouse.record', args([event('backordered', { expectedDate: order.promisedDate! + 2 * DAY })]), [order], ingest);
    expect(rowsOf(within, 'exceptions')).toEqual([]);
    expect(rowsOf(within, 'orders')).toEqual([expect.objectContaining({ status: 'backordered', updatedAt: now })]);

    const past = runCoreMutation('warehouse.record', args([event('backordered', { expectedDate: order.promisedDate! + 9 * DAY, warehouse: 'Rotterdam DC' })]), [order], ingest);
    const [opened] = rowsOf(past, 'exceptions');
    expect(opened).toMatchObject({ type: 'backorder', severity: 'high', status: 'open', orderId: order.id, shipmentId: null, teamId, customerId: order.customerId, dedupeKey: `order:${order.id}:backorder` });
    expect(opened?.note).toMatch(/^Backordered at Rotterdam DC: expected .*, 9 days after the promised/);
    expect(past.find((c) => c.entity === 'exceptions')?.scope).toBe(`team:${teamId}`);
  });

  it('a short pick opens one exception however often it is reported; shipping complete resolves it', () => {
    const open: ExceptionRow = rowsOf(runCoreMutation('warehouse.record', args([event('short_picked', { lines: [{ sku: 'A', quantity: 1 }] })]), [order], ingest), 'exceptions')[0]!;
    expect(open).toMatchObject({ type: 'short_pick', note: 'Short picked (A ×1).' });
    const again = runCoreMutation('warehouse.record', args([event('short_picked', { occurredAt: now + 1, lines: [{ sku: 'A', quantity: 1 }] })], { openExceptionIds: [open.id] }), [order, open], ingest);
    expect(rowsOf(again, 'exceptions')).toEqual([]);

    const partial = runCoreMutation('warehouse.record', args([event('shipped', { partial: true, shipment: { shipmentId: uuidv7(now), carrier: 'UPS', trackingNumber: '1Z1', mode: 'parcel' } })], { openExceptionIds: [open.id] }), [order, open], ingest);
    expect(rowsOf(partial, 'exceptions')).toEqual([]);
    const complete = runCoreMutation('warehouse.record', args([event('shipped', { shipment: { shipmentId: uuidv7(now), carrier: 'UPS', trackingNumber: '1Z2', mode: 'parcel' } })], { openExceptionIds: [open.id] }), [order, open], ingest);
    expect(rowsOf(complete, 'exceptions')).toEqual([expect.objectContaining({ id: open.id, status: 'resolved', resolvedAt: now, resolvedBy: null })]);
  });

  it('creates the shipment a shipped event names (order, customer, promise) and skips repeats', () => {
    const shipmentId = uuidv7(now);
    const shipped = event('shipped', { shipment: { shipmentId, carrier: 'DHL Express', trackingNumber: 'JD1', mode: 'air' } });
    const changes = runCoreMutation('warehouse.record', args([shipped, { ...shipped, index: 1, eventId: uuidv7(now) }]), [order], ingest);
    expect(rowsOf(changes, 'shipments')).toEqual([expect.objectContaining({ id: shipmentId, orderId: order.id, customerId: order.customerId, carrier: 'DHL Express', mode: 'air', status: 'pending', promisedDate: order.promisedDate })]);
    expect(rowsOf(changes, 'warehouse_events')).toEqual([expect.objectContaining({ id: shipped.eventId, shipmentId, type: 'shipped' })]);

    const repeated = runCoreMutation('warehouse.record', args([shipped], { repeats: [{ orderId: order.id, type: 'shipped', occurredAt: now }] }), [order], ingest);
    expect(repeated).toEqual([]);
  });

  it('is the hub\'s own write: an agent is refused', () => {
    const agent = { ...ingest, actor: { agentId: uuidv7(now), role: 'admin' as const, teamId } };
    expect(() => runCoreMutation('warehouse.record', args([event('picked')]), [order], agent)).toThrow();
  });
});
