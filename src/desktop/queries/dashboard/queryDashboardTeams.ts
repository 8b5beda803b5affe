import { sql } from 'drizzle-orm';
import type { ReplicaDb } from '../../db/openReplica';
import { teams, tickets } from '../../db/schema';

/**
 * The teams whose tickets this replica holds (an agent's or lead's own team; every team for an
 * admin): the choices of the dashboard's team filter.
 */
export function queryDashboardTeams(db: ReplicaDb): { id: string; name: string }[] {
  return db.all<{ id: string; name: string }>(
    sql`SELECT ${teams.id} AS id, ${teams.name} AS name FROM ${teams}
        WHERE EXISTS (SELECT 1 FROM ${tickets} WHERE ${tickets.teamId} = ${teams.id}) ORDER BY ${teams.name}`,
  );
}
