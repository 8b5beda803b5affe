import { z } from 'zod';
import type { AgentRole } from './rows';
import { teamEntityNames, tenantEntityNames, type EntityName } from './entities';

/**
 * A scope is the unit of replication: `tenant` (teams, agents, customers, contacts, orders,
 * shipments, tracking events, articles, macros, automations, SLA policies) or `team:<teamId>`
 * (that team's tickets, their messages and CSAT responses, and the team's exceptions).
 */
export const scopeSchema = z.string().regex(/^(tenant|team:[0-9a-f-]{36})$/, 'must be "tenant" or "team:<uuid>"');
export type Scope = z.infer<typeof scopeSchema>;

export const tenantScope: Scope = 'tenant';

export function teamScope(teamId: string): Scope {
  return `team:${teamId}`;
}

export function teamIdOfScope(scope: Scope): string | null {
  return scope.startsWith('team:') ? scope.slice(5) : null;
}

/** Scopes an agent may replicate: their own team (agents and leads); admins see every team. */
export function scopesForAgent(agent: { role: AgentRole; teamId: string }, allTeamIds: readonly string[]): Scope[] {
  const teams = agent.role === 'admin' ? allTeamIds : [agent.teamId];
  return [tenantScope, ...[...new Set(teams)].sort().map(teamScope)];
}

/** The entities a scope replicates, parents first (snapshot order). */
export function entitiesOfScope(scope: Scope): EntityName[] {
  return teamIdOfScope(scope) === null ? [...tenantEntityNames] : [...teamEntityNames];
}
