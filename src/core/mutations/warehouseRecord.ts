import type { ExceptionRow, OrderRow, ShipmentRow } from '../domain/logisticsRows';
import { teamScope, tenantScope } from '../domain/scopes';
import { planWarehouseEvents } from '../warehouse/planWarehouseEvents';
import { warehouseRecordArgs } from '../warehouse/warehouseRecordArgs';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor } from './access';
import { MutationRejection } from './MutationRejection';

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
