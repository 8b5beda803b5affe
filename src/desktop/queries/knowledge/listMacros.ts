import { eq } from 'drizzle-orm';
import type { MacroRow } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { macros, tickets } from '../../db/schema';
import { offeredMacros } from './offeredMacros';

/** The agent's macros (shared and their own) by title; with a ticket, those for its channel (or any channel) first. */
export function listMacros(db: ReplicaDb, ticketId?: string, agentId: string | null = null): MacroRow[] {
  const all = db.select().from(macros).where(offeredMacros(agentId)).all();
  const channel = ticketId ? db.select({ channel: tickets.channel }).from(tickets).where(eq(tickets.id, ticketId)).get()?.channel : undefined;
  const fit = (m: MacroRow) => (channel === undefined || m.channel === null || m.channel === channel ? 0 : 1);
  return all.sort((a, b) => fit(a) - fit(b) || a.title.localeCompare(b.title));
}
