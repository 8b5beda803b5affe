import { eq } from 'drizzle-orm';
import type { HubTx } from '../../store/openStore';
import { contacts, customers } from '../../store/schema';
import { ingestIdentities } from '../ingestTables';

/** The contact or customer already known by this email, phone or channel handle; null if none. */
export async function findKnownSender(
  tx: HubTx,
  email: string | null,
  phone: string | null,
  handle: string | null,
): Promise<{ customerId: string; contactId: string | null } | null> {
  if (email) {
    const [c] = await tx.select({ id: contacts.id, customerId: contacts.customerId }).from(contacts).where(eq(contacts.email, email)).limit(1);
    if (c) return { customerId: c.customerId, contactId: c.id };
    const [cu] = await tx.select({ id: customers.id, mergedIntoId: customers.mergedIntoId }).from(customers).where(eq(customers.email, email)).limit(1);
    // A merged-away customer's tombstone redirects to the customer it was merged into.
    if (cu) return { customerId: cu.mergedIntoId ?? cu.id, contactId: null };
  }
  if (phone) {
    const [c] = await tx.select({ id: contacts.id, customerId: contacts.customerId }).from(contacts).where(eq(contacts.phone, phone)).limit(1);
    if (c) return { customerId: c.customerId, contactId: c.id };
    const [cu] = await tx.select({ id: customers.id, mergedIntoId: customers.mergedIntoId }).from(customers).where(eq(customers.phone, phone)).limit(1);
    // A merged-away customer's tombstone redirects to the customer it was merged into.
    if (cu) return { customerId: cu.mergedIntoId ?? cu.id, contactId: null };
  }
  if (handle) {
    const [i] = await tx
      .select({ customerId: ingestIdentities.customerId, contactId: ingestIdentities.contactId })
      .from(ingestIdentities)
      .where(eq(ingestIdentities.key, `handle:${handle}`));
    if (i) return i;
  }
  return null;
}
