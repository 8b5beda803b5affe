import type { AgentRole } from '../../../core';

/** The workspaces of the app, in navbar order. */
export type Section = 'inbox' | 'customers' | 'exceptions' | 'knowledge' | 'dashboard' | 'settings';

/** Which workspaces a role sees: the dashboard (team KPIs) is for leads and admins; settings shows an agent their own profile only. */
export function sectionsFor(role: AgentRole): Section[] {
  const all: Section[] = ['inbox', 'customers', 'exceptions', 'knowledge', 'dashboard', 'settings'];
  return role === 'agent' ? all.filter((s) => s !== 'dashboard') : all;
}
