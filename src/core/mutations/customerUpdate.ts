import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { tenantScope } from '../domain/scopes';
import { customerTierSchema, type CustomerRow } from '../domain/rows';
import { customerAddressSchema } from '../domain/customerAddress';
import { customerPreferencesSchema } from '../domain/customerPreferences';
import { contactFields } from '../customers/contactFields';
import { defineMutation } from './MutationDef';
import { requireAgent } from './access';
import { MutationRejection } from './MutationRejection';
import { requireLiveCustomer } from './requireLiveCustomer';

export const customerUpdateArgs = z.object({
  customerId: idSchema,
  name: contactFields.name,
  email: contactFields.email,
  phone: contactFields.phone,
  tier: customerTierSchema,
  segment: z.string().trim().min(1, 'enter a segment, e.g. "enterprise retail"').max(100, 'segment is longer than 100 characters'),
  addresses: z.array(customerAddressSchema).max(20, 'at most 20 addresses'),
  /** Consent for proactive notifications per channel. */
  optIns: customerPreferencesSchema.shape.optIns,
  /** The updatedAt the form started from; a newer stored version means someone else saved meanwhile. */
  baseUpdatedAt: timestampSchema.nullable().default(null),
});
export type CustomerUpdateArgs = z.infer<typeof customerUpdateArgs>;

/** Any agent edits a customer's profile, addresses, opt-ins, tier and segment (customers are tenant-wide). */
export const customerUpdate = defineMutation({
  name: 'customer.update',
  callers: 'agents',
  args: customerUpdateArgs,
  reads: (args) => [{ entity: 'customers', id: args.customerId }],
  apply(args, rows, ctx) {
    requireAgent(ctx.actor);
    const existing = requireLiveCustomer(rows.get('customers', args.customerId), args.customerId);
    if (args.baseUpdatedAt !== null && existing.updatedAt > args.baseUpdatedAt) {
      throw new MutationRejection('conflict', `${existing.name} was changed by someone else after you opened the form; reopen it and apply your edit again.`);
    }
    const row: CustomerRow = {
      ...existing,
      name: args.name,
      email: args.email,
      phone: args.phone,
      tier: args.tier,
      segment: args.segment,
      addresses: args.addresses,
      preferences: { ...existing.preferences, optIns: args.optIns },
      // Never earlier than the stored version, so a skewed client clock cannot make an edit look older.
      updatedAt: Math.max(ctx.now, existing.updatedAt + 1),
    };
    return [{ op: 'upsert', entity: 'customers', id: row.id, scope: tenantScope, row }];
  },
});
