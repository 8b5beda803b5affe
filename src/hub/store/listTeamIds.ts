import { asc } from 'drizzle-orm';
import type { HubDb } from './openStore';
import { teams } from './schema';

/** Every team id, sorted: what an admin's scopes are computed from. */
export async function listTeamIds(db: HubDb): Promise<string[]> {
  const rows = await db.select({ id: teams.id }).from(teams).orderBy(asc(teams.id));
  return rows.map((r) => r.id);
}
