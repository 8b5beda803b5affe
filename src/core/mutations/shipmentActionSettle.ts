import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import { finalShipmentActionStates, type ShipmentActionRow, type ShipmentActionState } from '../domain/shipmentActionRow';
import { defineMutation } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireSystemActor } from './access';

export const shipmentActionSettleArgs = z.object({
  id: idSchema,
  state: z.enum(['waiting', 'sent', 'accepted', 'refused', 'failed']),
  reason: z.string().trim().max(2000).nullable().default(null),
  carrierReference: z.string().trim().max(200).nullable().default(null),
});

const rank: Record<ShipmentActionState, number> = { requested: 0, waiting: 1, sent: 2, accepted: 3, refused: 3, failed: 3 };

/**
 * The hub records what became of a request: held (no connector), sent, or the carrier's answer
 * (its callback, or a tracking event that settles it). States only move forward and the first
 * final answer wins, so a repeated or late callback changes nothing.
 */
export const shipmentActionSettle = defineMutation({
  name: 'shipmentAction.settle',
  callers: 'system',
  args: shipmentActionSettleArgs,
  reads: (args) => [{ entity: 'shipment_actions', id: args.id }],
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:connectors', 'system:ingest']);
    const action = rows.get('shipment_actions', args.id);
    if (!action) throw new MutationRejection('not_found', `Shipment action ${args.id} does not exist.`);
    if (finalShipmentActionStates.includes(action.state) || rank[args.state] < rank[action.state]) return [];
    if (args.state === action.state && args.reason === action.reason) return [];
    const final = finalShipmentActionStates.includes(args.state);
    const row: ShipmentActionRow = {
      ...action,
      state: args.state,
      reason: args.reason,
      carrierReference: args.carrierReference ?? action.carrierReference,
      settledAt: final ? ctx.now : null,
      updatedAt: Math.max(ctx.now, action.updatedAt + 1),
    };
    return [{ op: 'upsert', entity: 'shipment_actions', id: row.id, scope: tenantScope, row }];
  },
});
