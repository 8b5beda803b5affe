import { asc, desc } from 'drizzle-orm';
import type { HubTx } from '../store/openStore';
import { teams, tickets } from '../store/schema';
import { anyOf } from '../store/anyOf';

/** Ids bound per IN list. */
const chunk = 1_000;

/**
 * The team that owns a rules-made record with no ticket to follow, per customer: the team of
 * the customer's latest ticket, else the oldest team; null only when no team exists yet.
 * Two queries (per 1,000 customers), whatever their number.
 */
export async function chooseTeams(tx: HubTx, customerIds: readonly string[]): Promise<Map<string, string | null>> {
  const chosen = new Map<string, string | null>();
  const ids = [...new Set(customerIds)];
  if (ids.length === 0) return chosen;
  const [first] = await tx.select({ id: teams.id }).from(teams).orderBy(asc(teams.createdAt), asc(teams.id)).limit(1);
  for (const id of ids) chosen.set(id, first?.id ?? null);
  for (let i = 0; i < ids.length; i += chunk) {
    const latest = await tx
      .selectDistinctOn([tickets.customerId], { customerId: tickets.customerId, teamId: tickets.teamId })
      .from(tickets)
      .where(anyOf(tickets.customerId, ids.slice(i, i + chunk)))
      .orderBy(tickets.customerId, desc(tickets.lastMessageAt));
    for (const l of latest) chosen.set(l.customerId, l.teamId);
  }
  return chosen;
}
