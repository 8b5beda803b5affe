import type { AgentActor } from '../mutations/MutationDef';
import type { MacroRow } from '../domain/workspaceRows';

/**
 * Who may write a macro: its owner their personal one; leads and admins shared ones too. Nobody
 * edits another agent's personal macro (it is theirs). The Macros page asks this before offering
 * to edit; `macro.save` enforces it.
 */
export function mayEditMacro(agent: Pick<AgentActor, 'role' | 'agentId'>, macro: Pick<MacroRow, 'ownerAgentId'>): boolean {
  if (macro.ownerAgentId !== null) return macro.ownerAgentId === agent.agentId;
  return agent.role === 'lead' || agent.role === 'admin';
}
