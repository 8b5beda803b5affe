import { asc } from 'drizzle-orm';
import type { ReplicaDb } from '../../db/openReplica';
import { teams } from '../../db/schema';

/** Every team in the replica by name: the admin's queue filter. */
export function listExceptionTeams(db: ReplicaDb): { id: string; name: string }[] {
  return db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name)).all();
}
