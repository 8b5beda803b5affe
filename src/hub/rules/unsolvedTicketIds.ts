import { and, eq, notInArray } from 'drizzle-orm';
import type { HubDb } from '../store/openStore';
import { tickets } from '../store/schema';

/** Tickets whose SLA clock still runs or waits: of one team, or of every team when `teamId` is null. */
export async function unsolvedTicketIds(db: HubDb, teamId: string | null): Promise<string[]> {
  const rows = await db
    .select({ id: tickets.id })
    .from(tickets)
    .where(and(teamId === null ? undefined : eq(tickets.teamId, teamId), notInArray(tickets.status, ['solved', 'closed'])));
  return rows.map((r) => r.id);
}
