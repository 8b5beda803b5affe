import type { AgentRow } from '../domain/rows';
import type { AgentActor } from './MutationDef';

/** The signed-in agent (an admin on an admin route, the uploader of a file) as a mutation's actor. */
export function agentActorOf(agent: Pick<AgentRow, 'id' | 'role' | 'teamId'>): AgentActor {
  return { kind: 'agent', agentId: agent.id, role: agent.role, teamId: agent.teamId };
}
