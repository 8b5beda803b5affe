import type { AgentRole, AgentRow } from '../../core';
import type { TokenPayload } from './TokenSigner';

/**
 * Who may call a route; every route declares one in its config (`{ config: { access } }`) and a
 * test fails for any route that does not. `public`: anyone (health, sign-in). `webhook`: callers
 * proving an HMAC signature, checked by the route itself. `agent` | `lead` | `admin`: a signed-in,
 * active agent with at least that role; the route still limits data to the caller's scopes.
 */
export const routeAccessLevels = ['public', 'webhook', 'agent', 'lead', 'admin'] as const;
export type RouteAccess = (typeof routeAccessLevels)[number];

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** The verified, active caller on `agent` / `lead` / `admin` routes; null elsewhere. */
    agent: AgentRow | null;
    /** The caller's verified token (its id and version) on the same routes; null elsewhere. */
    session: TokenPayload | null;
  }
}

const rank: Record<AgentRole, number> = { agent: 0, lead: 1, admin: 2 };

/** True when `role` is at least the role an access level needs (public/webhook need none). */
export function roleSatisfies(role: AgentRole, access: RouteAccess): boolean {
  if (access === 'public' || access === 'webhook') return true;
  return rank[role] >= rank[access];
}
