import { asc, desc, eq } from 'drizzle-orm';
import type { HubTx } from '../store/openStore';
import { teams, tickets } from '../store/schema';

/**
 * The team that owns a rules-made record with no ticket to follow: the team of the customer's
 * latest ticket, else the oldest team. null only when no team exists yet.
 */
export async function chooseTeam(tx: HubTx, customerId: string): Promise<string | null> {
  const [recent] = await tx
    .select({ teamId: tickets.teamId })
    .from(tickets)
    .where(eq(tickets.customerId, customerId))
    .orderBy(desc(tickets.lastMessageAt))
    .limit(1);
  if (recent) return recent.teamId;
  const [first] = await tx.select({ id: teams.id }).from(teams).orderBy(asc(teams.createdAt), asc(teams.id)).limit(1);
  return first?.id ?? null;
}
