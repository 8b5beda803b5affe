import { asc, count } from 'drizzle-orm';
import type { TeamCalendarItem } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, teams } from '../../db/schema';

/** Every team in the replica (tenant data: every desktop holds them all) with its calendar and members, by name. */
export function listTeamCalendars(db: ReplicaDb): TeamCalendarItem[] {
  const members = new Map(db.select({ teamId: agents.teamId, n: count() }).from(agents).groupBy(agents.teamId).all().map((m) => [m.teamId, m.n]));
  return db
    .select()
    .from(teams)
    .orderBy(asc(teams.name))
    .all()
    .map((t) => ({ id: t.id, name: t.name, calendar: t.calendar ?? null, agentCount: members.get(t.id) ?? 0 }));
}
