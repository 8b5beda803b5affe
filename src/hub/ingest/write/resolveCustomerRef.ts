import { eq } from 'drizzle-orm';
import { entityRowSchemas, tenantScope, uuidv7, type RowChange } from '../../../core';
import type { CustomerRef } from '../../../core/ingest';
import type { HubTx } from '../../store/openStore';
import { contacts, customers } from '../../store/schema';
import { ingestIdentities } from '../ingestTables';
import { IngestItemError } from './IngestItemError';

/**
 * The customer a logistics feed names: by Relay id, ERP account number, or email. An unknown
 * account number or email creates the customer (the ERP is the system of record for them).
 */
export async function resolveCustomerRef(tx: HubTx, ref: CustomerRef, now: number): Promise<{ customerId: string; changes: RowChange[] }> {
  if (ref.id) {
    const [c] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, ref.id));
    if (!c) throw new IngestItemError(`customer ${ref.id} does not exist`);
    return { customerId: c.id, changes: [] };
  }
  const accountKey = ref.accountNumber ? `account:${ref.accountNumber}` : null;
  if (accountKey) {
    const [i] = await tx.select({ customerId: ingestIdentities.customerId }).from(ingestIdentities).where(eq(ingestIdentities.key, accountKey));
    if (i) return { customerId: i.customerId, changes: [] };
  }
  const email = ref.email?.toLowerCase();
  if (email) {
    const [c] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.email, email)).limit(1);
    const [ct] = c ? [] : await tx.select({ customerId: contacts.customerId }).from(contacts).where(eq(contacts.email, email)).limit(1);
    const found = c?.id ?? ct?.customerId;
    if (found) {
      if (accountKey) await tx.insert(ingestIdentities).values({ key: accountKey, customerId: found, contactId: null }).onConflictDoNothing();
      return { customerId: found, changes: [] };
    }
  }
  const customer = entityRowSchemas.customers.parse({
    id: uuidv7(now),
    name: ref.name ?? ref.accountNumber ?? email ?? 'Unknown customer',
    email: email ?? null,
    phone: null,
    kind: ref.accountNumber ? 'b2b' : 'b2c',
    tier: 'standard',
    createdAt: now,
    updatedAt: now,
  });
  if (accountKey) await tx.insert(ingestIdentities).values({ key: accountKey, customerId: customer.id, contactId: null }).onConflictDoNothing();
  return { customerId: customer.id, changes: [{ op: 'upsert', entity: 'customers', id: customer.id, scope: tenantScope, row: customer }] };
}
