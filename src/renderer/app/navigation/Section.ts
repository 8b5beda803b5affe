import type { AgentRole } from '../../../core';

/** The workspaces of the app, in navbar order. */
export type Section = 'inbox' | 'customers' | 'exceptions' | 'knowledge' | 'dashboard';

/** Which workspaces a role sees: the dashboard (team KPIs) is for leads and admins. */
export function sectionsFor(role: AgentRole): Section[] {
  const all: Section[] = ['inbox', 'customers', 'exceptions', 'knowledge', 'dashboard'];
  return role === 'agent' ? all.filter((s) => s !== 'dashboard') : all;
}
