import { isNull } from 'drizzle-orm';
import { findDuplicatePairs, uuidv7, type DuplicateCandidate } from '../../core';
import type { HubContext } from '../HubContext';
import { contacts, customerDuplicates, customers } from '../store/schema';
import { runHubMutation } from '../write/runHubMutation';

/** Pairs per recording mutation (its args' limit). */
const chunk = 2_000;

/**
 * One detection run: live customers with their contacts' emails and phones, paired by core's
 * rule (only pairs touching `focus` when given), recorded as `duplicate.record` by
 * `system:rules`. Pairs stored before are skipped, so a dismissed pair stays dismissed.
 * Returns how many new pairs it recorded.
 */
export async function detectDuplicates(ctx: Pick<HubContext, 'db' | 'lane' | 'now'>, focus?: ReadonlySet<string>): Promise<number> {
  const [live, people, stored] = await Promise.all([
    ctx.db.select({ id: customers.id, name: customers.name, email: customers.email, phone: customers.phone, createdAt: customers.createdAt }).from(customers).where(isNull(customers.mergedIntoId)),
    ctx.db.select({ customerId: contacts.customerId, email: contacts.email, phone: contacts.phone }).from(contacts),
    ctx.db.select({ id: customerDuplicates.id, customerId: customerDuplicates.customerId, otherId: customerDuplicates.otherId }).from(customerDuplicates),
  ]);
  const byId = new Map<string, DuplicateCandidate & { emails: (string | null)[]; phones: (string | null)[] }>(
    live.map((c) => [c.id, { id: c.id, name: c.name, createdAt: c.createdAt, emails: [c.email], phones: [c.phone] }]),
  );
  for (const p of people) {
    const c = byId.get(p.customerId);
    c?.emails.push(p.email);
    c?.phones.push(p.phone);
  }
  const known = new Map(stored.map((s) => [`${s.customerId}|${s.otherId}`, s.id]));
  // Pairs stored before (open, dismissed or merged) are left alone: a run only adds new ones.
  const pairs = findDuplicatePairs([...byId.values()], focus)
    .filter((p) => !known.has(`${p.customerId}|${p.otherId}`))
    .map((p) => ({ ...p, id: uuidv7(ctx.now()) }));
  for (let i = 0; i < pairs.length; i += chunk) {
    await runHubMutation(ctx, { name: 'duplicate.record', args: { pairs: pairs.slice(i, i + chunk) } }, { kind: 'system', systemId: 'system:rules' });
  }
  return pairs.length;
}
