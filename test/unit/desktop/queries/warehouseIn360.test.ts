import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exceptionRowDefaults, orderRowSchema, uuidv7, warehouseEventRowSchema, type ExceptionRow, type OrderRow, type WarehouseEventRow } from '../../../../src/core';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { getCustomer360 } from '../../../../src/desktop/queries/customers/getCustomer360';
import { listExceptions } from '../../../../src/desktop/queries/exceptions/listExceptions';
import { getExceptionDetail } from '../../../../src/desktop/queries/exceptions/getExceptionDetail';
import { customer360Rows } from '../../../fixtures/desktop/customer360Rows';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const DAY = 86_400_000;

describe('warehouse events in the Customer 360 and the exceptions queue', () => {
  const dir = tempDir('relay-wh360-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  const world = customer360Rows();
  const now = world.now;
  let clock = now;
  const id = () => uuidv7((clock += 1000));
  const backordered: OrderRow = orderRowSchema.parse({ ...world.lateOrder, id: id(), number: 'SO-WH-1', status: 'backordered', promisedDate: now + DAY, createdAt: now - DAY });
  const event = (type: WarehouseEventRow['type'], occurredAt: number, fields: Partial<WarehouseEventRow> = {}): WarehouseEventRow =>
    warehouseEventRowSchema.parse({ id: id(), orderId: backordered.id, type, occurredAt, warehouse: 'Rotterdam DC', expectedDate: null, lines: [], shipmentId: null, partial: false, note: null, createdAt: occurredAt, ...fields });
  const events = [
    event('backordered', now - 3 * DAY, { expectedDate: now + 4 * DAY, lines: [{ sku: 'TENT-2', quantity: 2 }] }),
    // The latest backorder moves the expected date; the 360 shows that one.
    event('backordered', now - 2 * DAY, { expectedDate: now + 6 * DAY, lines: [{ sku: 'TENT-2', quantity: 2 }] }),
    event('short_picked', now - 2.5 * DAY, { lines: [{ sku: 'TENT-2', quantity: 1 }] }),
  ];
  const teamId = world.openException.teamId;
  const exception: ExceptionRow = {
    ...exceptionRowDefaults(),
    id: id(),
    type: 'backorder',
    severity: 'medium',
    status: 'open',
    shipmentId: null,
    orderId: backordered.id,
    customerId: world.customer.id,
    teamId,
    ticketId: null,
    detectedAt: now - 2 * DAY,
    acknowledgedAt: null,
    resolvedAt: null,
    note: 'Backordered at Rotterdam DC (TENT-2 ×2): expected later than promised.',
    dedupeKey: `order:${backordered.id}:backorder`,
  };

  beforeAll(() => {
    world.load(store);
    store.transaction(() => {
      store.rows.put('orders', backordered);
      for (const e of events) store.rows.put('warehouse_events', e);
      store.rows.put('exceptions', exception);
    });
  });
  afterAll(() => {
    store.close();
    dir.remove();
  });

  it('puts the order\'s warehouse events on the customer timeline with their order number and lines', () => {
    const { activity } = getCustomer360(store.db, world.customer.id)!;
    const warehouse = activity.filter((a) => a.kind === 'warehouse');
    expect(warehouse.map((w) => [w.type, w.at])).toEqual([
      ['backordered', now - 2 * DAY],
      ['short_picked', now - 2.5 * DAY],
      ['backordered', now - 3 * DAY],
    ]);
    expect(warehouse[1]).toMatchObject({ orderNumber: 'SO-WH-1', orderId: backordered.id, warehouse: 'Rotterdam DC', lines: [{ sku: 'TENT-2', quantity: 1 }], partial: false, trackingNumber: null });
  });

  it('shows a backordered order with the latest expected date, and its exception by order number', () => {
    const view = getCustomer360(store.db, world.customer.id)!;
    expect(view.orders.find((o) => o.number === 'SO-WH-1')?.backorderExpected).toBe(now + 6 * DAY);
    expect(view.orders.find((o) => o.number === world.lateOrder.number)?.backorderExpected).toBeNull();
    expect(view.openExceptions.find((e) => e.id === exception.id)).toMatchObject({ type: 'backorder', orderNumber: 'SO-WH-1', trackingNumber: null });
  });

  it('lists the backorder in the team queue under its order, and details it without a shipment', () => {
    const filters = { status: 'active' as const, types: ['backorder' as const], severities: [], carriers: [], lane: null, ages: [], teamId, assignee: 'any' as const, search: '' };
    const { items } = listExceptions(store.db, { ...filters, groupBy: 'type', sort: 'newest', limit: 50 }, now, null);
    expect(items.map((i) => [i.id, i.orderNumber, i.trackingNumber])).toEqual([[exception.id, 'SO-WH-1', null]]);
    // Searching the queue by the order number finds it (it has no tracking number to search by).
    const found = listExceptions(store.db, { ...filters, types: [], search: 'so-wh-1', groupBy: 'none', sort: 'newest', limit: 50 }, now, null);
    expect(found.items.map((i) => i.id)).toEqual([exception.id]);
    const detail = getExceptionDetail(store.db, store.rows, exception.id)!;
    expect(detail.shipment).toBeNull();
    expect(detail.events).toEqual([]);
    expect(detail.order?.number).toBe('SO-WH-1');
  });
});
