import { planWarehouseEvents, type ExceptionRow, type OrderRow, type ShipmentRow, type WarehouseEventRow, type WarehouseRecordArgs } from '../../core';
import { DAY, HOUR, type DemoCustomerKey, type DemoTeamKey } from './demoPeople';
import type { WorldContext } from './WorldContext';

type Event = WarehouseRecordArgs['events'][number];

interface Step {
  type: Event['type'];
  hoursAgo: number;
  warehouse: string;
  lines?: Event['lines'];
  note?: string;
  ship?: Omit<NonNullable<Event['shipment']>, 'shipmentId'>;
}

interface Story {
  customer: DemoCustomerKey;
  team: DemoTeamKey;
  number: string;
  /** When it was placed and promised, in days from the world's now. */
  placedDaysAgo: number;
  promisedInDays: number;
  lines: OrderRow['lines'];
  steps: Step[];
}

/**
 * Orders with warehouse history for the demo: one backordered well past its promise (a Backorder
 * exception in the Freight Desk queue), one short picked (a Short pick exception, Freight Desk
 * too: the team of both customers' latest tickets), one picked, packed and shipped with a tracking number. Each step runs through core's
 * planWarehouseEvents, as the warehouse feed would, so the rows are what ingest would have made.
 */
const stories: Story[] = [
  {
    customer: 'harborpine',
    team: 'freight',
    number: 'SO-309001',
    placedDaysAgo: 3,
    promisedInDays: 2,
    lines: [{ sku: 'OAK-TBL-180', description: 'Oak dining table 180 cm', quantity: 6, unitPrice: 640 }],
    steps: [
      { type: 'picked', hoursAgo: 40, warehouse: 'Tilburg DC' },
      { type: 'backordered', hoursAgo: 30, warehouse: 'Tilburg DC', lines: [{ sku: 'OAK-TBL-180', quantity: 4 }], note: 'Supplier container delayed at Rotterdam' },
    ],
  },
  {
    customer: 'harborpine',
    team: 'freight',
    number: 'SO-309002',
    placedDaysAgo: 4,
    promisedInDays: 1,
    lines: [{ sku: 'PINE-BED-160', description: 'Pine bed frame 160 cm', quantity: 10, unitPrice: 310 }],
    steps: [
      { type: 'picked', hoursAgo: 60, warehouse: 'Tilburg DC' },
      { type: 'packed', hoursAgo: 52, warehouse: 'Tilburg DC' },
      { type: 'shipped', hoursAgo: 48, warehouse: 'Tilburg DC', ship: { carrier: 'DHL Freight', trackingNumber: 'DHLF30900201', mode: 'ltl' } },
    ],
  },
  {
    customer: 'alder',
    team: 'freight',
    number: 'SO-309003',
    placedDaysAgo: 1,
    promisedInDays: 2,
    lines: [{ sku: 'FLOUR-25', description: 'Stone-ground flour 25 kg', quantity: 12, unitPrice: 21.5 }],
    steps: [{ type: 'short_picked', hoursAgo: 5, warehouse: 'Manchester DC', lines: [{ sku: 'FLOUR-25', quantity: 3 }] }],
  },
];

/** Emits the stories' orders, shipments, warehouse events and exceptions (parents first); ids from their own stream so the rest of the world keeps its ids. */
export function demoWarehouseStories(ctx: WorldContext, named: ReadonlyMap<string, string>, id: (ms: number) => string): void {
  const rows = { orders: new Map<string, OrderRow>(), shipments: new Map<string, ShipmentRow>(), events: [] as WarehouseEventRow[], exceptions: new Map<string, ExceptionRow>() };
  for (const story of stories) {
    const customerId = named.get(story.customer);
    if (!customerId) continue;
    const placedAt = ctx.now - story.placedDaysAgo * DAY;
    const promisedDate = ctx.now + story.promisedInDays * DAY;
    let order: OrderRow = { id: id(placedAt), customerId, number: story.number, status: 'confirmed', lines: story.lines, currency: 'EUR', total: story.lines.reduce((s, l) => s + l.quantity * l.unitPrice, 0), promisedDate, createdAt: placedAt, updatedAt: placedAt };
    let open: ExceptionRow[] = [];
    for (const [index, step] of story.steps.entries()) {
      const at = ctx.now - step.hoursAgo * HOUR;
      // A backorder's expected date: six days after the promise (past the default 2-day threshold).
      const expectedDate = step.type === 'backordered' ? promisedDate + 6 * DAY : null;
      const shipment = step.ship ? { ...step.ship, shipmentId: id(at) } : null;
      const args: WarehouseRecordArgs = {
        events: [{ index, orderId: order.id, eventId: id(at), exceptionId: id(at), type: step.type, occurredAt: at, warehouse: step.warehouse, expectedDate, lines: step.lines ?? [], partial: false, note: step.note ?? null, shipment }],
        repeats: [],
        openExceptionIds: open.map((e) => e.id),
        owners: [{ orderId: order.id, teamId: ctx.teams[story.team], ticketId: null }],
        backorderThresholdDays: 2,
      };
      const plan = planWarehouseEvents(args, { orders: new Map([[order.id, order]]), shipments: new Map(), open }, at);
      order = plan.orders[0] ?? order;
      for (const s of plan.shipments) rows.shipments.set(s.id, s);
      rows.events.push(...plan.events);
      for (const e of plan.exceptions) rows.exceptions.set(e.id, e);
      open = [...rows.exceptions.values()].filter((e) => e.orderId === order.id && e.status !== 'resolved');
    }
    rows.orders.set(order.id, order);
  }
  for (const o of rows.orders.values()) ctx.emit('orders', o);
  for (const s of rows.shipments.values()) ctx.emit('shipments', s);
  for (const e of rows.events) ctx.emit('warehouse_events', e);
  for (const e of rows.exceptions.values()) ctx.emit('exceptions', e);
}
