import { ilike } from 'drizzle-orm';
import {
  entityRowSchemas,
  tenantScope,
  uuidv7,
  type ContactRow,
  type CustomerRow,
  type RowChange,
} from '../../../core';
import { senderCustomerKind, type InboundSender } from '../../../core/ingest';
import type { HubTx } from '../../store/openStore';
import { contacts } from '../../store/schema';
import { ingestIdentities } from '../ingestTables';
import { findKnownSender } from './findKnownSender';

export interface ResolvedSender {
  customerId: string;
  contactId: string | null;
  /** Rows created for a sender nobody knew: a contact, and a customer when needed. */
  changes: RowChange[];
  created: boolean;
}

/**
 * Finds who wrote: a contact by email/phone, a customer by email/phone, a known handle.
 * Unknown → a new contact, under the B2B customer of their company domain if one has a
 * contact there, else under a new customer (B2C for consumer mailboxes and non-email channels).
 */
export async function resolveSender(tx: HubTx, sender: InboundSender, now: number): Promise<ResolvedSender> {
  const email = sender.email?.toLowerCase() ?? null;
  const found = await findKnownSender(tx, email, sender.phone, sender.handle);
  if (found) return { ...found, changes: [], created: false };

  const changes: RowChange[] = [];
  let customerId: string | null = null;
  const kind = email ? senderCustomerKind(email) : { kind: 'b2c' as const };
  if (kind.kind === 'b2b') {
    const [colleague] = await tx.select({ customerId: contacts.customerId }).from(contacts).where(ilike(contacts.email, `%@${kind.domain}`)).limit(1);
    customerId = colleague?.customerId ?? null;
  }
  const displayName = sender.name ?? email ?? sender.phone ?? sender.handle?.replace(/^[^:]*:/, '') ?? 'Unknown sender';
  if (!customerId) {
    customerId = uuidv7(now);
    const customer: CustomerRow = entityRowSchemas.customers.parse({
      id: customerId,
      name: kind.kind === 'b2b' ? kind.domain : displayName,
      email: kind.kind === 'b2c' ? email : null,
      phone: kind.kind === 'b2c' ? sender.phone : null,
      kind: kind.kind,
      tier: 'standard',
      createdAt: now,
      updatedAt: now,
    });
    changes.push({ op: 'upsert', entity: 'customers', id: customer.id, scope: tenantScope, row: customer });
  }
  const contact: ContactRow = entityRowSchemas.contacts.parse({
    id: uuidv7(now),
    customerId,
    name: displayName.slice(0, 300),
    email,
    phone: sender.phone,
    role: null,
    createdAt: now,
    updatedAt: now,
  });
  changes.push({ op: 'upsert', entity: 'contacts', id: contact.id, scope: tenantScope, row: contact });
  if (sender.handle) await tx.insert(ingestIdentities).values({ key: `handle:${sender.handle}`, customerId, contactId: contact.id }).onConflictDoNothing();
  return { customerId, contactId: contact.id, changes, created: true };
}
