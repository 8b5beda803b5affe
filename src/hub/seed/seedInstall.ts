import { count, eq } from 'drizzle-orm';
import { tenantScope, uuidv7, type AgentRow, type RowChange, type TeamRow } from '../../core';
import { hashPassword } from '../auth/hashPassword';
import type { HubContext } from '../HubContext';
import { agents, teams } from '../store/schema';
import { loadSeedRows } from './loadSeedRows';
import type { SeedLogin } from './SeedLogin';

/** The one login of a fresh, non-demo hub (an embedded hub's random per-install admin). */
export interface InstallAdmin {
  email: string;
  password: string;
  name?: string;
}

export const installTeamName = 'Support';

/**
 * A fresh install: one team and its admin, written only when the database is empty (checked
 * under the write lock, like the demo seed). Returns the admin login when it was created now,
 * else [] — so the caller knows whether this run is the one that must show the password.
 */
export async function seedInstall(ctx: HubContext, admin: InstallAdmin): Promise<SeedLogin[]> {
  // Hash outside the write transaction: argon2 is deliberately slow.
  const passwordHash = await hashPassword(admin.password);
  const now = ctx.now();
  const team: TeamRow = { id: uuidv7(now), name: installTeamName, createdAt: now };
  const agent: AgentRow = { id: uuidv7(now), teamId: team.id, name: admin.name ?? 'Administrator', email: admin.email.toLowerCase(), role: 'admin', createdAt: now, signature: '' };
  const created = await ctx.lane.transact(async (tx) => {
    const [existing] = await tx.select({ n: count() }).from(teams);
    if ((existing?.n ?? 0) > 0) return { value: false, batches: [] };
    const rows: RowChange[] = [
      { op: 'upsert', entity: 'teams', id: team.id, scope: tenantScope, row: team },
      { op: 'upsert', entity: 'agents', id: agent.id, scope: tenantScope, row: agent },
    ];
    await loadSeedRows(tx, rows, 'install', now);
    await tx.update(agents).set({ passwordHash }).where(eq(agents.id, agent.id));
    return { value: true, batches: [] };
  });
  return created ? [{ email: agent.email, password: admin.password, name: agent.name, role: 'admin', teamName: installTeamName }] : [];
}
