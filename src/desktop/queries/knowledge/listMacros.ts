import { eq } from 'drizzle-orm';
import type { MacroRow } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { macros, tickets } from '../../db/schema';

/** Macros by title; with a ticket, those for its channel (or any channel) come before the rest. */
export function listMacros(db: ReplicaDb, ticketId?: string): MacroRow[] {
  const all = db.select().from(macros).all();
  const channel = ticketId ? db.select({ channel: tickets.channel }).from(tickets).where(eq(tickets.id, ticketId)).get()?.channel : undefined;
  const fit = (m: MacroRow) => (channel === undefined || m.channel === null || m.channel === channel ? 0 : 1);
  return all.sort((a, b) => fit(a) - fit(b) || a.title.localeCompare(b.title));
}
