
import { entityRowSchemas, uuidv7, type CustomerRow } from '../../../core';
import type { CustomerRef } from '../../../core/ingest';
import type { HubTx } from '../../store/openStore';
import { contacts, customers } from '../../store/schema';
import { ingestIdentities } from '../ingestTables';
import { anyOf } from '../../store/anyOf';

/** Ids, keys or emails bound per IN list. */
const chunk = 1_000;

/**
 * The customers a logistics delivery names (by Relay id, ERP account number, or email), read in a
 * few IN queries up front and then resolved item by item in memory, in feed order: an unknown
 * account number or email creates the customer (the ERP is the system of record for them), and a
 * later item naming it again gets that same customer, as if the items had been stored one by one.
 */
export class CustomerRefs {
  /** Customers created for this delivery, to write with it. */
  readonly newCustomers: CustomerRow[] = [];
  private readonly identities: { key: string; customerId: string }[] = [];

  private constructor(
    private readonly now: number,
    /** Known customer ids → the customer to use (a merged-away customer's tombstone redirects). */
    private readonly ids: Map<string, string>,
    private readonly accounts: Map<string, string>,
    private readonly byEmail: Map<string, string>,
    private readonly byContactEmail: Map<string, string>,
  ) {}

  static async load(tx: HubTx, refs: readonly (CustomerRef | undefined)[], now: number): Promise<CustomerRefs> {
    const present = refs.filter((r): r is CustomerRef => r !== undefined);
    const ids = [...new Set(present.flatMap((r) => (r.id ? [r.id] : [])))];
    const keys = [...new Set(present.flatMap((r) => (r.accountNumber ? [accountKey(r.accountNumber)] : [])))];
    const emails = [...new Set(present.flatMap((r) => (r.email ? [r.email.toLowerCase()] : [])))];
    const known = new Map<string, string>();
    const accounts = new Map<string, string>();
    const byEmail = new Map<string, string>();
    const byContactEmail = new Map<string, string>();
    for (let i = 0; i < ids.length; i += chunk) {
      for (const c of await tx.select({ id: customers.id, mergedIntoId: customers.mergedIntoId }).from(customers).where(anyOf(customers.id, ids.slice(i, i + chunk)))) known.set(c.id, c.mergedIntoId ?? c.id);
    }
    for (let i = 0; i < keys.length; i += chunk) {
      const rows = await tx.select({ key: ingestIdentities.key, customerId: ingestIdentities.customerId }).from(ingestIdentities).where(anyOf(ingestIdentities.key, keys.slice(i, i + chunk)));
      for (const r of rows) accounts.set(r.key, r.customerId);
    }
    for (let i = 0; i < emails.length; i += chunk) {
      const slice = emails.slice(i, i + chunk);
      // Several rows with one email: the first one read wins, as the one-by-one lookup's LIMIT 1 did.
      for (const c of await tx.select({ id: customers.id, email: customers.email, mergedIntoId: customers.mergedIntoId }).from(customers).where(anyOf(customers.email, slice))) {
        if (c.email && !byEmail.has(c.email)) byEmail.set(c.email, c.mergedIntoId ?? c.id);
      }
      for (const c of await tx.select({ customerId: contacts.customerId, email: contacts.email }).from(contacts).where(anyOf(contacts.email, slice))) {
        if (c.email && !byContactEmail.has(c.email)) byContactEmail.set(c.email, c.customerId);
      }
    }
    return new CustomerRefs(now, known, accounts, byEmail, byContactEmail);
  }

  /** The customer `ref` names (created if the feed's account or email is new), or why there is none. */
  resolve(ref: CustomerRef): { customerId: string } | { reason: string } {
    if (ref.id) {
      const id = this.ids.get(ref.id);
      return id ? { customerId: id } : { reason: `customer ${ref.id} does not exist` };
    }
    const key = ref.accountNumber ? accountKey(ref.accountNumber) : null;
    const account = key ? this.accounts.get(key) : undefined;
    if (account) return { customerId: account };
    const email = ref.email?.toLowerCase();
    const found = email ? (this.byEmail.get(email) ?? this.byContactEmail.get(email)) : undefined;
    if (found) {
      if (key) this.remember(key, found);
      return { customerId: found };
    }
    const customer = entityRowSchemas.customers.parse({
      id: uuidv7(this.now),
      name: ref.name ?? ref.accountNumber ?? email ?? 'Unknown customer',
      email: email ?? null,
      phone: null,
      kind: ref.accountNumber ? 'b2b' : 'b2c',
      tier: 'standard',
      createdAt: this.now,
      updatedAt: this.now,
    });
    this.newCustomers.push(customer);
    this.ids.set(customer.id, customer.id);
    if (email) this.byEmail.set(email, customer.id);
    if (key) this.remember(key, customer.id);
    return { customerId: customer.id };
  }

  /** Writes the account numbers learnt (hub-only table, not replicated) in the delivery's transaction. */
  async save(tx: HubTx): Promise<void> {
    for (let i = 0; i < this.identities.length; i += chunk) {
      const rows = this.identities.slice(i, i + chunk).map((r) => ({ ...r, contactId: null }));
      await tx.insert(ingestIdentities).values(rows).onConflictDoNothing();
    }
  }

  private remember(key: string, customerId: string): void {
    this.accounts.set(key, customerId);
    this.identities.push({ key, customerId });
  }
}

function accountKey(accountNumber: string): string {
  return `account:${accountNumber}`;
}
