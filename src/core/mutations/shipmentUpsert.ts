import type { ShipmentRow } from '../domain/logisticsRows';
import { shipmentFromUpsert } from '../logistics/shipmentFromUpsert';
import { tenantScope } from '../domain/scopes';
import { shipmentUpsertArgs } from '../logistics/shipmentUpsertArgs';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor } from './access';

/**
 * A delivery of the TMS's shipments (ingest), upserted by (carrier, tracking number): a known
 * shipment keeps its id, creation time, last scan, and whatever the feed leaves out; a later item
 * of the same shipment updates the earlier one. Which shipment, order and customer the feed
 * meant are hub reads passed in. Each shipment is written once, in its final state.
 */
export const shipmentUpsert = defineMutation({
  name: 'shipment.upsert',
  callers: 'system',
  args: shipmentUpsertArgs,
  reads: (args) => [...new Set(args.shipments.map((s) => s.shipmentId))].map((id) => ({ entity: 'shipments' as const, id })),
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:ingest']);
    const current = new Map<string, ShipmentRow>();
    for (const s of args.shipments) {
      const existing = current.get(s.shipmentId) ?? rows.get('shipments', s.shipmentId);
      current.set(s.shipmentId, shipmentFromUpsert(s, existing, ctx.now));
    }
    return [
      ...args.newCustomers.map((c): RowChange => ({ op: 'upsert', entity: 'customers', id: c.id, scope: tenantScope, row: c })),
      ...[...current.values()].map((x): RowChange => ({ op: 'upsert', entity: 'shipments', id: x.id, scope: tenantScope, row: x })),
    ];
  },
});
