import { eq, inArray } from 'drizzle-orm';
import { entitiesOfScope, teamIdOfScope, type EntityName, type Scope } from '../../core';
import type { LocalStore } from '../db/localStore';
import { replicaTables } from '../db/rowStore';
import { csatResponses, exceptions, messages, tickets } from '../db/schema';

/** Which rows of the replica belong to a scope: the entities it replicates, and how to drop them all. */
export const scopeRows = {
  /** Entities of the scope, parents first (snapshot order). */
  entities(scope: Scope): EntityName[] {
    return entitiesOfScope(scope);
  },

  /** Deletes every row of a scope (a dropped scope, or before a fresh snapshot); returns the entities touched. */
  remove(store: LocalStore, scope: Scope): EntityName[] {
    const teamId = teamIdOfScope(scope);
    const entities = entitiesOfScope(scope);
    if (teamId === null) {
      for (const entity of entities) store.db.delete(replicaTables[entity]).run();
      return entities;
    }
    // Children first: messages and CSAT are found through the team's tickets.
    const ticketIds = store.db.select({ id: tickets.id }).from(tickets).where(eq(tickets.teamId, teamId));
    store.db.delete(messages).where(inArray(messages.ticketId, ticketIds)).run();
    store.db.delete(csatResponses).where(inArray(csatResponses.ticketId, ticketIds)).run();
    store.db.delete(exceptions).where(eq(exceptions.teamId, teamId)).run();
    store.db.delete(tickets).where(eq(tickets.teamId, teamId)).run();
    return entities;
  },
};
