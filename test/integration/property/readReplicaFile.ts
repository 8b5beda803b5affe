import Database from 'better-sqlite3';
import { eq, inArray } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { z } from 'zod';
import { cursorsSchema, entityRowSchemas, type AnyRow, type Cursors } from '../../../src/core';
import { agents, customers, exceptions, messages, orders, shipments, teams, tickets, trackingEvents } from '../../../src/desktop/db/schema';
import type { ComparedEntity } from './hubProbe';

const tables = { teams, agents, customers, orders, shipments, tracking_events: trackingEvents, tickets, messages, exceptions } as const;

export interface ReplicaFacts {
  clientId: string | null;
  cursors: Cursors;
  outbox: number;
  stash: number;
}

/** Reads a replica file beside the core that has it open (WAL lets a second reader in). */
function withReplica<T>(path: string, read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

const stateValue = (sqlite: Database.Database, key: string): unknown => {
  const found = sqlite.prepare<[string], { value: string }>('SELECT value FROM sync_state WHERE key = ?').get(key);
  return found ? (JSON.parse(found.value) as unknown) : null;
};

export function replicaFacts(path: string): ReplicaFacts {
  return withReplica(path, (sqlite) => ({
    clientId: z.string().nullable().parse(stateValue(sqlite, 'clientId')),
    cursors: cursorsSchema.nullable().parse(stateValue(sqlite, 'cursors')) ?? {},
    outbox: sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox').get()?.n ?? -1,
    stash: sqlite.prepare<[], { n: number }>('SELECT count(*) AS n FROM stash').get()?.n ?? -1,
  }));
}

/**
 * Every row of the compared entities, through the replica's own schema, then the core row
 * schema; with `teamId`, only that team's tickets, their messages and the team's exceptions.
 */
export function replicaRows(path: string, teamId?: string): Map<ComparedEntity, AnyRow[]> {
  return withReplica(path, (sqlite) => {
    const db = drizzle(sqlite);
    const out = new Map<ComparedEntity, AnyRow[]>();
    if (teamId !== undefined) {
      const teamTickets = db.select().from(tickets).where(eq(tickets.teamId, teamId)).all();
      const ids = db.select({ id: tickets.id }).from(tickets).where(eq(tickets.teamId, teamId));
      const teamMessages = db.select().from(messages).where(inArray(messages.ticketId, ids)).all();
      const teamExceptions = db.select().from(exceptions).where(eq(exceptions.teamId, teamId)).all();
      out.set('tickets', teamTickets.map((r) => entityRowSchemas.tickets.parse(r)));
      out.set('messages', teamMessages.map((r) => entityRowSchemas.messages.parse(r)));
      out.set('exceptions', teamExceptions.map((r) => entityRowSchemas.exceptions.parse(r)));
      return out;
    }
    for (const entity of Object.keys(tables) as ComparedEntity[]) {
      const rows = db.select().from(tables[entity]).all();
      out.set(entity, rows.map((r) => entityRowSchemas[entity].parse(r)));
    }
    return out;
  });
}

/** True once the replica holds the ticket (read from the file: `tickets.get` would fetch it on demand). */
export function replicaHasTicket(path: string, ticketId: string): boolean {
  return withReplica(path, (sqlite) => sqlite.prepare<[string], { id: string }>('SELECT id FROM tickets WHERE id = ?').get(ticketId) !== undefined);
}
