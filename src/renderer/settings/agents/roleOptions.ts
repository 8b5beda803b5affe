import type { AgentRole } from '../../../core';

/** The roles as the Agents page names them, least to most access. */
export const roleOptions: Array<{ value: AgentRole; label: string }> = [
  { value: 'agent', label: 'Agent' },
  { value: 'lead', label: 'Team lead' },
  { value: 'admin', label: 'Administrator' },
];
