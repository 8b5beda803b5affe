import type { SavedViewRow } from '../domain/savedViewRows';
import type { Actor, AgentActor } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { requireAgent } from './access';

/**
 * Who may save or delete a view. Personal views: their owner only. Team views: a lead of that
 * team or an admin (a shared view changes every teammate's navbar). The same answer for
 * "missing" and "not yours" on personal views, so agents cannot probe each other's ids.
 */
export function requireSavedViewWriter(actor: Actor, view: Pick<SavedViewRow, 'id' | 'ownerId' | 'teamId'>): AgentActor {
  const agent = requireAgent(actor);
  if (view.teamId === null) {
    if (view.ownerId !== agent.agentId) throw new MutationRejection('not_found', `View ${view.id} does not exist or is not yours.`);
    return agent;
  }
  if (agent.role === 'admin') return agent;
  if (agent.role !== 'lead' || agent.teamId !== view.teamId) {
    throw new MutationRejection('forbidden', "Only a lead of that team or an admin can change a team's shared views.");
  }
  return agent;
}
