import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { teamIdOfScope, tenantEntityNames, type EntityName, type Scope } from '../../core';
import type { HubDb } from '../store/openStore';
import { entityTables, replicatedColumns } from '../store/rowStore';
import { csatResponses, exceptions, messages, tickets } from '../store/schema';

export interface SnapshotPage {
  rows: Record<string, unknown>[];
  total: number;
  hasMore: boolean;
}

const empty: SnapshotPage = { rows: [], total: 0, hasMore: false };
const tenantEntities: ReadonlySet<EntityName> = new Set(tenantEntityNames);

/**
 * One keyset page (id order) of an entity's rows in a scope. tenant → every tenant entity
 * (whole tables); team:X → X's tickets, their messages and CSAT, X's exceptions. Other
 * pairs are empty. `total` is counted on the first page only (afterId null) and is 0 after:
 * counting a million tracking events for every page would cost more than the page.
 */
export async function readSnapshotPage(
  db: HubDb,
  scope: Scope,
  entity: EntityName,
  afterId: string | null,
  limit: number,
): Promise<SnapshotPage> {
  const teamId = teamIdOfScope(scope);
  const first = afterId === null;
  const after = (column: PgColumn): SQL | undefined => (afterId === null ? undefined : gt(column, afterId));

  if (teamId === null) {
    if (!tenantEntities.has(entity)) return empty;
    const table: (typeof entityTables)[EntityName] = entityTables[entity];
    const rows = await db.select(replicatedColumns(entity)).from(table).where(after(table.id)).orderBy(asc(table.id)).limit(limit + 1);
    const total = first ? (await db.select({ n: count() }).from(table))[0]?.n : 0;
    return page(rows, total, limit);
  }

  const inTeam = eq(tickets.teamId, teamId);
  switch (entity) {
    case 'tickets': {
      const rows = await db.select().from(tickets).where(and(inTeam, after(tickets.id))).orderBy(asc(tickets.id)).limit(limit + 1);
      const total = first ? (await db.select({ n: count() }).from(tickets).where(inTeam))[0]?.n : 0;
      return page(rows, total, limit);
    }
    case 'exceptions': {
      const ofTeam = eq(exceptions.teamId, teamId);
      const rows = await db
        .select()
        .from(exceptions)
        .where(and(ofTeam, after(exceptions.id)))
        .orderBy(asc(exceptions.id))
        .limit(limit + 1);
      const total = first ? (await db.select({ n: count() }).from(exceptions).where(ofTeam))[0]?.n : 0;
      return page(rows, total, limit);
    }
    case 'messages': {
      const rows = await db
        .select({ row: messages })
        .from(messages)
        .innerJoin(tickets, eq(tickets.id, messages.ticketId))
        .where(and(inTeam, after(messages.id)))
        .orderBy(asc(messages.id))
        .limit(limit + 1);
      const total = first
        ? (await db.select({ n: count() }).from(messages).innerJoin(tickets, eq(tickets.id, messages.ticketId)).where(inTeam))[0]?.n
        : 0;
      return page(
        rows.map((r) => r.row),
        total,
        limit,
      );
    }
    case 'csat_responses': {
      const rows = await db
        .select({ row: csatResponses })
        .from(csatResponses)
        .innerJoin(tickets, eq(tickets.id, csatResponses.ticketId))
        .where(and(inTeam, after(csatResponses.id)))
        .orderBy(asc(csatResponses.id))
        .limit(limit + 1);
      const total = first
        ? (await db.select({ n: count() }).from(csatResponses).innerJoin(tickets, eq(tickets.id, csatResponses.ticketId)).where(inTeam))[0]?.n
        : 0;
      return page(
        rows.map((r) => r.row),
        total,
        limit,
      );
    }
    default:
      return empty;
  }
}

function page(found: Record<string, unknown>[], total: number | undefined, limit: number): SnapshotPage {
  return { rows: found.slice(0, limit), total: Number(total ?? 0), hasMore: found.length > limit };
}
