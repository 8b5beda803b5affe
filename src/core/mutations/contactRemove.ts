import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope, tenantScope } from '../domain/scopes';
import { defineMutation, type RowChange } from './MutationDef';
import { requireAgent } from './access';
import { MutationRejection } from './MutationRejection';

export const contactRemoveArgs = z.object({ id: idSchema, customerId: idSchema });
export type ContactRemoveArgs = z.infer<typeof contactRemoveArgs>;

/**
 * Any agent removes a person from a customer. Tickets that named them as their contact keep
 * the customer and lose the contact link (read by owner, so the hub unlinks every team's).
 */
export const contactRemove = defineMutation({
  name: 'contact.remove',
  callers: 'agents',
  args: contactRemoveArgs,
  reads: (args) => [{ entity: 'contacts', id: args.id }],
  readsOwned: (args) => [{ entity: 'tickets', customerId: args.customerId }],
  apply(args, rows, ctx) {
    requireAgent(ctx.actor);
    const contact = rows.get('contacts', args.id);
    if (!contact || contact.customerId !== args.customerId) {
      throw new MutationRejection('not_found', `Contact ${args.id} does not exist at this customer.`);
    }
    const unlinked: RowChange[] = rows
      .owned('tickets', args.customerId)
      .filter((t) => t.contactId === contact.id)
      .map((t) => ({ op: 'upsert', entity: 'tickets', id: t.id, scope: teamScope(t.teamId), row: { ...t, contactId: null } }));
    return [...unlinked, { op: 'delete', entity: 'contacts', id: contact.id, scope: tenantScope, row: null }];
  },
});
