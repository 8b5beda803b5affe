import { and, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import type { HubTx } from '../../store/openStore';
import { csatResponses, messages, tickets } from '../../store/schema';
import type { HistoryRows } from './readHistoryBundle';

/** Escapes ILIKE wildcards so a search for "50%" means the characters. */
function containing(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Tickets of the caller's teams with a message whose subject or body contains every term
 * (ILIKE: works the same on PGlite and PostgreSQL), newest activity first, with their threads
 * and CSAT, so the desktop caches them and its own full-text index finds them from then on.
 */
export async function searchMessageHistory(tx: HubTx, teamIds: readonly string[], terms: readonly string[], limit: number): Promise<{ rows: HistoryRows }> {
  if (teamIds.length === 0 || terms.length === 0) return { rows: {} };
  const each: SQL[] = terms.map((t) => or(ilike(messages.body, containing(t)), ilike(messages.subject, containing(t)))!);
  const found = await tx
    .selectDistinct({ id: tickets.id, lastMessageAt: tickets.lastMessageAt })
    .from(messages)
    .innerJoin(tickets, eq(tickets.id, messages.ticketId))
    .where(and(inArray(tickets.teamId, [...teamIds]), ...each))
    .orderBy(desc(tickets.lastMessageAt))
    .limit(limit);
  const ids = found.map((t) => t.id);
  if (ids.length === 0) return { rows: {} };
  return {
    rows: {
      tickets: await tx.select().from(tickets).where(inArray(tickets.id, ids)),
      messages: await tx.select().from(messages).where(inArray(messages.ticketId, ids)),
      csat_responses: await tx.select().from(csatResponses).where(inArray(csatResponses.ticketId, ids)),
    },
  };
}
