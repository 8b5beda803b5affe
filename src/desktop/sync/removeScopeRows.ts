import { inArray, eq } from 'drizzle-orm';
import { teamIdOfScope, type EntityName, type Scope } from '../../core';
import type { LocalStore } from '../db/localStore';
import { agents, customers, messages, teams, tickets } from '../db/schema';

/** Deletes every row of a scope from the replica (a dropped scope, or before a fresh snapshot). */
export function removeScopeRows(store: LocalStore, scope: Scope): EntityName[] {
  const teamId = teamIdOfScope(scope);
  if (teamId === null) {
    store.db.delete(teams).run();
    store.db.delete(agents).run();
    store.db.delete(customers).run();
    return ['teams', 'agents', 'customers'];
  }
  const ticketIds = store.db.select({ id: tickets.id }).from(tickets).where(eq(tickets.teamId, teamId));
  store.db.delete(messages).where(inArray(messages.ticketId, ticketIds)).run();
  store.db.delete(tickets).where(eq(tickets.teamId, teamId)).run();
  return ['tickets', 'messages'];
}
