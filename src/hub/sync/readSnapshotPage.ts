import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm';
import { teamIdOfScope, type EntityName, type Scope } from '../../core';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { HubDb } from '../store/openStore';
import { agentRowColumns } from '../store/agentRowColumns';
import { agents, customers, messages, teams, tickets } from '../store/schema';

export interface SnapshotPage {
  rows: Record<string, unknown>[];
  total: number;
  hasMore: boolean;
}

const empty: SnapshotPage = { rows: [], total: 0, hasMore: false };

/**
 * One keyset page (id order) of an entity's rows in a scope. tenant → teams, agents,
 * customers; team:X → tickets of team X and their messages. Other pairs are empty.
 */
export async function readSnapshotPage(
  db: HubDb,
  scope: Scope,
  entity: EntityName,
  afterId: string | null,
  limit: number,
): Promise<SnapshotPage> {
  const teamId = teamIdOfScope(scope);
  const after = (column: AnyPgColumn): SQL | undefined => (afterId === null ? undefined : gt(column, afterId));

  if (teamId === null) {
    switch (entity) {
      case 'teams':
        return page(
          await db.select().from(teams).where(after(teams.id)).orderBy(asc(teams.id)).limit(limit + 1),
          (await db.select({ n: count() }).from(teams))[0]?.n,
          limit,
        );
      case 'agents':
        return page(
          await db.select(agentRowColumns).from(agents).where(after(agents.id)).orderBy(asc(agents.id)).limit(limit + 1),
          (await db.select({ n: count() }).from(agents))[0]?.n,
          limit,
        );
      case 'customers':
        return page(
          await db.select().from(customers).where(after(customers.id)).orderBy(asc(customers.id)).limit(limit + 1),
          (await db.select({ n: count() }).from(customers))[0]?.n,
          limit,
        );
      default:
        return empty;
    }
  }
  switch (entity) {
    case 'tickets': {
      const inTeam = eq(tickets.teamId, teamId);
      return page(
        await db.select().from(tickets).where(and(inTeam, after(tickets.id))).orderBy(asc(tickets.id)).limit(limit + 1),
        (await db.select({ n: count() }).from(tickets).where(inTeam))[0]?.n,
        limit,
      );
    }
    case 'messages': {
      const inTeam = eq(tickets.teamId, teamId);
      const rows = await db
        .select({ message: messages })
        .from(messages)
        .innerJoin(tickets, eq(tickets.id, messages.ticketId))
        .where(and(inTeam, after(messages.id)))
        .orderBy(asc(messages.id))
        .limit(limit + 1);
      const [total] = await db
        .select({ n: count() })
        .from(messages)
        .innerJoin(tickets, eq(tickets.id, messages.ticketId))
        .where(inTeam);
      return page(
        rows.map((r) => r.message),
        total?.n,
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
