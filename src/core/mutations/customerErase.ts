import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import { defaultCustomerPreferences } from '../domain/customerPreferences';
import type { CustomerRow } from '../domain/rows';
import { anonymised } from '../governance/anonymised';
import { defineMutation, type RowChange } from './MutationDef';
import { requireAdmin } from './access';
import { MutationRejection } from './MutationRejection';
import { anonymisedThread } from '../governance/anonymisedThread';

export const customerEraseArgs = z.object({
  customerId: idSchema,
  /** Every message on the customer's tickets: messages have no customer column, so the hub lists them. */
  messageIds: z.array(idSchema).max(200_000),
});
export type CustomerEraseArgs = z.infer<typeof customerEraseArgs>;

/**
 * An admin erases one customer on request (GDPR art. 17): their name, contacts and addresses,
 * their tickets' subjects and every message's text and files are overwritten; the tickets are
 * closed, so a reply still queued on a replica is refused rather than sent to no one. The rows
 * stay (ids, times, states) so reports keep their counts. Hub-only extras (change log, files,
 * identities) are done beside it (hub/governance/eraseCustomer).
 */
export const customerErase = defineMutation({
  name: 'customer.erase',
  callers: 'hub',
  args: customerEraseArgs,
  reads: (args) => [{ entity: 'customers', id: args.customerId }, ...args.messageIds.map((id) => ({ entity: 'messages' as const, id }))],
  readsOwned: (args) => (['contacts', 'tickets', 'csat_responses'] as const).map((entity) => ({ entity, customerId: args.customerId })),
  apply(args, rows, ctx) {
    requireAdmin(ctx.actor);
    if (ctx.actor.kind === 'system') throw new MutationRejection('forbidden', 'Only an admin can erase a customer.');
    const customer = rows.get('customers', args.customerId);
    if (!customer) throw new MutationRejection('not_found', `Customer ${args.customerId} does not exist.`);
    const erased: CustomerRow = {
      ...anonymised('customers', customer),
      // No channel may reach them any more.
      preferences: { ...structuredClone(defaultCustomerPreferences), optIns: { email: false, sms: false, chat: false, social: false } },
      updatedAt: Math.max(ctx.now, customer.updatedAt + 1),
    };
    const changes: RowChange[] = [{ op: 'upsert', entity: 'customers', id: erased.id, scope: tenantScope, row: erased }];
    for (const c of rows.owned('contacts', customer.id)) {
      changes.push({ op: 'upsert', entity: 'contacts', id: c.id, scope: tenantScope, row: { ...anonymised('contacts', c), updatedAt: Math.max(ctx.now, c.updatedAt + 1) } });
    }
    const tickets = rows.owned('tickets', customer.id);
    const messages = args.messageIds.map((id) => rows.get('messages', id)).filter((m) => m !== undefined);
    changes.push(...anonymisedThread(tickets, messages, rows.owned('csat_responses', customer.id), ctx.now));
    return changes;
  },
});
