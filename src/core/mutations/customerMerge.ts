import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope, tenantScope } from '../domain/scopes';
import type { CustomerRow } from '../domain/rows';
import { defineMutation, type OwnedEntity, type RowChange } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireCustomerMerger } from './requireCustomerMerger';
import { requireLiveCustomer } from './requireLiveCustomer';

export const customerMergeArgs = z.object({
  /** The customer that stays. */
  survivorId: idSchema,
  /** The duplicate: its records move to the survivor and it is kept as a tombstone that redirects. */
  loserId: idSchema,
  /** The reviewed duplicate pair this merge settles, when merged from the review list. */
  duplicateId: idSchema.nullable().default(null),
});
export type CustomerMergeArgs = z.infer<typeof customerMergeArgs>;

const moved: readonly OwnedEntity[] = ['contacts', 'orders', 'invoices', 'shipments', 'tickets', 'exceptions', 'csat_responses'];

/**
 * A lead or admin merges a duplicate customer into another: contacts, orders, shipments,
 * tickets, exceptions and CSAT answers move to the survivor, which also takes the duplicate's
 * email, phone and addresses where it has none; the duplicate keeps `mergedIntoId`. The hub's
 * sender identities follow on the hub (hub/write/moveMergedIdentities).
 */
export const customerMerge = defineMutation({
  name: 'customer.merge',
  callers: 'agents',
  args: customerMergeArgs,
  reads: (args) => [
    { entity: 'customers', id: args.survivorId },
    { entity: 'customers', id: args.loserId },
    ...(args.duplicateId ? [{ entity: 'customer_duplicates' as const, id: args.duplicateId }] : []),
  ],
  readsOwned: (args) => moved.map((entity) => ({ entity, customerId: args.loserId })),
  apply(args, rows, ctx) {
    requireCustomerMerger(ctx.actor);
    if (args.survivorId === args.loserId) throw new MutationRejection('invalid_args', 'A customer cannot be merged into itself.');
    const survivor = requireLiveCustomer(rows.get('customers', args.survivorId), args.survivorId);
    const loser = requireLiveCustomer(rows.get('customers', args.loserId), args.loserId);
    const to = survivor.id;
    const tombstone: CustomerRow = { ...loser, mergedIntoId: to, updatedAt: Math.max(ctx.now, loser.updatedAt + 1) };
    const kept: CustomerRow = {
      ...survivor,
      email: survivor.email ?? loser.email,
      phone: survivor.phone ?? loser.phone,
      addresses: [...survivor.addresses, ...loser.addresses.filter((a) => !survivor.addresses.some((s) => s.line1 === a.line1 && s.country === a.country))].slice(0, 20),
      updatedAt: Math.max(ctx.now, survivor.updatedAt + 1),
    };
    const tickets = rows.owned('tickets', loser.id);
    const teamOfTicket = new Map(tickets.map((t) => [t.id, t.teamId]));
    const changes: RowChange[] = [
      // The tombstone first: the audit entry names the merged-away customer.
      { op: 'upsert', entity: 'customers', id: tombstone.id, scope: tenantScope, row: tombstone },
      { op: 'upsert', entity: 'customers', id: kept.id, scope: tenantScope, row: kept },
    ];
    const pair = args.duplicateId ? rows.get('customer_duplicates', args.duplicateId) : undefined;
    if (pair) changes.push({ op: 'upsert', entity: 'customer_duplicates', id: pair.id, scope: tenantScope, row: { ...pair, status: 'merged', updatedAt: Math.max(ctx.now, pair.updatedAt + 1) } });
    for (const c of rows.owned('contacts', loser.id)) changes.push({ op: 'upsert', entity: 'contacts', id: c.id, scope: tenantScope, row: { ...c, customerId: to } });
    for (const o of rows.owned('orders', loser.id)) changes.push({ op: 'upsert', entity: 'orders', id: o.id, scope: tenantScope, row: { ...o, customerId: to } });
    for (const i of rows.owned('invoices', loser.id)) changes.push({ op: 'upsert', entity: 'invoices', id: i.id, scope: tenantScope, row: { ...i, customerId: to } });
    for (const s of rows.owned('shipments', loser.id)) changes.push({ op: 'upsert', entity: 'shipments', id: s.id, scope: tenantScope, row: { ...s, customerId: to } });
    for (const t of tickets) changes.push({ op: 'upsert', entity: 'tickets', id: t.id, scope: teamScope(t.teamId), row: { ...t, customerId: to } });
    for (const e of rows.owned('exceptions', loser.id)) changes.push({ op: 'upsert', entity: 'exceptions', id: e.id, scope: teamScope(e.teamId), row: { ...e, customerId: to } });
    for (const r of rows.owned('csat_responses', loser.id)) {
      // A CSAT answer replicates with its ticket; one whose ticket this side cannot see stays for the hub to move.
      const teamId = teamOfTicket.get(r.ticketId);
      if (teamId !== undefined) changes.push({ op: 'upsert', entity: 'csat_responses', id: r.id, scope: teamScope(teamId), row: { ...r, customerId: to } });
    }
    return changes;
  },
});
