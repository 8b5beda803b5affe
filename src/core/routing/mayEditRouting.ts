import type { AgentRole } from '../domain/rows';

/** Routing rules and the auto-assign cap are the desk's: leads and admins edit them, agents read them. */
export function mayEditRouting(role: AgentRole): boolean {
  return role === 'lead' || role === 'admin';
}
