import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import type { ContactRow } from '../domain/logisticsRows';
import { contactFields } from '../customers/contactFields';
import { defineMutation } from './MutationDef';
import { requireAgent } from './access';
import { MutationRejection } from './MutationRejection';
import { requireLiveCustomer } from './requireLiveCustomer';

export const contactSaveArgs = z.object({
  /** A new UUID v7 adds the contact; an existing id edits it. */
  id: idSchema,
  customerId: idSchema,
  name: contactFields.name,
  email: contactFields.email,
  phone: contactFields.phone,
  role: contactFields.role,
});
export type ContactSaveArgs = z.infer<typeof contactSaveArgs>;

/** Any agent adds or edits a person at a customer. */
export const contactSave = defineMutation({
  name: 'contact.save',
  callers: 'agents',
  args: contactSaveArgs,
  reads: (args) => [
    { entity: 'contacts', id: args.id },
    { entity: 'customers', id: args.customerId },
  ],
  apply(args, rows, ctx) {
    requireAgent(ctx.actor);
    const customer = requireLiveCustomer(rows.get('customers', args.customerId), args.customerId);
    const existing = rows.get('contacts', args.id);
    if (existing && existing.customerId !== customer.id) {
      throw new MutationRejection('conflict', `Contact ${existing.name} belongs to another customer.`);
    }
    const row: ContactRow = {
      id: args.id,
      customerId: customer.id,
      name: args.name,
      email: args.email,
      phone: args.phone,
      role: args.role,
      createdAt: existing?.createdAt ?? ctx.now,
      updatedAt: existing ? Math.max(ctx.now, existing.updatedAt + 1) : ctx.now,
    };
    return [{ op: 'upsert', entity: 'contacts', id: row.id, scope: tenantScope, row }];
  },
});
