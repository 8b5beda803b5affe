import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import type { ExceptionRow, OrderRow, ShipmentRow } from '../domain/logisticsRows';
import { teamScope, tenantScope } from '../domain/scopes';
import { warehouseEventRowSchema } from '../domain/warehouseEventRow';
import { shipmentModeSchema } from '../logistics/trackingStatus';
import { planWarehouseEvents } from '../warehouse/planWarehouseEvents';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor } from './access';
import { MutationRejection } from './MutationRejection';

const row = warehouseEventRowSchema.shape;

/** Largest delivery (a JSON batch is capped at 1000 items). */
const MAX_EVENTS = 1000;

export const warehouseRecordArgs = z.object({
  /** The delivery's events in feed order, each with the order the hub matched its number to. */
  events: z
    .array(
      z.object({
        index: z.number().int().nonnegative(),
        orderId: idSchema,
        /** The id of the event row when it is new; unused for a repeat. */
        eventId: idSchema,
        /** The id of the exception it would open; unused when it opens none. */
        exceptionId: idSchema,
        type: row.type,
        occurredAt: row.occurredAt,
        warehouse: row.warehouse,
        expectedDate: row.expectedDate,
        lines: row.lines,
        partial: row.partial,
        note: row.note,
        /** Shipped: the known shipment with this tracking number, or the id of the one to create (a hub read). */
        shipment: z.object({ shipmentId: idSchema, carrier: z.string().min(1).max(100), trackingNumber: z.string().min(1).max(100), mode: shipmentModeSchema }).nullable(),
      }),
    )
    .min(1)
    .max(MAX_EVENTS),
  /** Events already stored with the same order, type and time as one of the delivery's (a hub read). */
  repeats: z.array(z.object({ orderId: idSchema, type: row.type, occurredAt: timestampSchema })).max(MAX_EVENTS),
  /** The orders' unresolved backorder / short-pick exceptions (a hub read). */
  openExceptionIds: z.array(idSchema).max(2 * MAX_EVENTS),
  /** Per order: the team whose queue a new exception goes to, and the open ticket about the order (hub reads). */
  owners: z.array(z.object({ orderId: idSchema, teamId: idSchema.nullable(), ticketId: idSchema.nullable() })).max(MAX_EVENTS),
  /** The lead's backorder threshold (core/warehouse/backorderThresholdSetting), read by the hub. */
  backorderThresholdDays: z.number().min(0).max(365),
});
export type WarehouseRecordArgs = z.infer<typeof warehouseRecordArgs>;

/**
 * A delivery of warehouse events (ingest): each is stored on its order unless it repeats one,
 * moves the order's status forward only, links or creates the shipment a "shipped" names, and
 * opens (backorder past the threshold, short pick) or resolves (shipped complete) the order's
 * warehouse exceptions. Which order, shipment, team and ticket are hub reads passed in.
 */
export const warehouseRecord = defineMutation({
  name: 'warehouse.record',
  callers: 'system',
  args: warehouseRecordArgs,
  reads: (args) => [
    ...[...new Set(args.events.map((e) => e.orderId))].map((id) => ({ entity: 'orders' as const, id })),
    ...[...new Set(args.events.flatMap((e) => (e.shipment ? [e.shipment.shipmentId] : [])))].map((id) => ({ entity: 'shipments' as const, id })),
    ...args.openExceptionIds.map((id) => ({ entity: 'exceptions' as const, id })),
  ],
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:ingest']);
    const orders = new Map<string, OrderRow>();
    for (const { orderId } of args.events) {
      const order = rows.get('orders', orderId);
      if (!order) throw new MutationRejection('not_found', `Order ${orderId} does not exist.`);
      orders.set(orderId, order);
    }
    const shipments = new Map<string, ShipmentRow>();
    for (const e of args.events) {
      const known = e.shipment ? rows.get('shipments', e.shipment.shipmentId) : undefined;
      if (known) shipments.set(known.id, known);
    }
    const open: ExceptionRow[] = args.openExceptionIds.flatMap((id) => {
      const exception = rows.get('exceptions', id);
      return exception && exception.status !== 'resolved' ? [exception] : [];
    });
    const plan = planWarehouseEvents(args, { orders, shipments, open }, ctx.now);
    return [
      ...plan.orders.map((o): RowChange => ({ op: 'upsert', entity: 'orders', id: o.id, scope: tenantScope, row: o })),
      ...plan.shipments.map((s): RowChange => ({ op: 'upsert', entity: 'shipments', id: s.id, scope: tenantScope, row: s })),
      ...plan.events.map((e): RowChange => ({ op: 'upsert', entity: 'warehouse_events', id: e.id, scope: tenantScope, row: e })),
      ...plan.exceptions.map((x): RowChange => ({ op: 'upsert', entity: 'exceptions', id: x.id, scope: teamScope(x.teamId), row: x })),
    ];
  },
});
