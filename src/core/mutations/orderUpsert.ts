import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { orderRowSchema, type OrderRow } from '../domain/logisticsRows';
import { customerRowSchema } from '../domain/rows';
import { tenantScope } from '../domain/scopes';
import { defineMutation, type RowChange } from './MutationDef';
import { requireSystemActor } from './access';

const row = orderRowSchema.shape;

export const orderUpsertArgs = z.object({
  /** The delivery's orders in feed order; an order number sent twice has the same `orderId` both times. */
  orders: z
    .array(
      z.object({
        /** The known order with this number, or the id of the order to create (a hub read). */
        orderId: idSchema,
        /** The customer the feed named, resolved by the hub (possibly one of `newCustomers`). */
        customerId: idSchema,
        number: row.number,
        status: row.status,
        lines: row.lines,
        currency: row.currency,
        /** Absent: the sum of the lines. */
        total: row.total.optional(),
        /** Absent: a known order keeps its date. */
        promisedDate: timestampSchema.nullable().optional(),
        placedAt: timestampSchema.optional(),
      }),
    )
    .min(1)
    .max(1000),
  /** Customers the feed named that nobody knew (an unknown ERP account or email), written first. */
  newCustomers: z.array(customerRowSchema).max(1000),
});
export type OrderUpsertArgs = z.infer<typeof orderUpsertArgs>;

/**
 * A delivery of the ERP's orders (ingest), upserted by order number: a known order keeps its id
 * and creation time, a later item of the same number updates the earlier one. Which order a
 * number is and which customer the feed meant are hub reads passed in. Each order is written
 * once, in its final state.
 */
export const orderUpsert = defineMutation({
  name: 'order.upsert',
  callers: 'system',
  args: orderUpsertArgs,
  reads: (args) => [...new Set(args.orders.map((o) => o.orderId))].map((id) => ({ entity: 'orders' as const, id })),
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:ingest']);
    const current = new Map<string, OrderRow>();
    for (const o of args.orders) {
      const existing = current.get(o.orderId) ?? rows.get('orders', o.orderId);
      current.set(
        o.orderId,
        orderRowSchema.parse({
          id: o.orderId,
          customerId: o.customerId,
          number: o.number,
          status: o.status,
          lines: o.lines,
          currency: o.currency,
          total: o.total ?? Math.round(o.lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0) * 100) / 100,
          promisedDate: o.promisedDate === undefined ? (existing?.promisedDate ?? null) : o.promisedDate,
          createdAt: existing?.createdAt ?? o.placedAt ?? ctx.now,
          updatedAt: ctx.now,
        }),
      );
    }
    return [
      ...args.newCustomers.map((c): RowChange => ({ op: 'upsert', entity: 'customers', id: c.id, scope: tenantScope, row: c })),
      ...[...current.values()].map((o): RowChange => ({ op: 'upsert', entity: 'orders', id: o.id, scope: tenantScope, row: o })),
    ];
  },
});
