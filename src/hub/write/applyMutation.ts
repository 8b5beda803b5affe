import { and, eq } from 'drizzle-orm';
import {
  isMutationName,
  mutationRegistry,
  MutationRejection,
  mutationResultSchema,
  type AgentActor,
  type MutationEnvelope,
  type MutationName,
  type MutationResult,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { agents, appliedMutations } from '../store/schema';
import { commitMutation } from './commitMutation';
import type { Transacted, WriteLane } from './WriteLane';

/**
 * An agent's mutation on the hub: commitMutation (the path every actor takes) plus the
 * idempotency record, in one transaction: replay a recorded result, or run it and record the
 * outcome. `agentId` comes from the verified token, never from the envelope.
 */
export function applyMutation(
  lane: WriteLane,
  envelope: MutationEnvelope,
  agentId: string,
  now: () => number,
): Promise<MutationResult> {
  return lane.transact(async (tx): Promise<Transacted<MutationResult>> => {
    const key = and(eq(appliedMutations.clientId, envelope.clientId), eq(appliedMutations.mutationId, envelope.id));
    const [recorded] = await tx
      .select({ result: appliedMutations.result, agentId: appliedMutations.agentId })
      .from(appliedMutations)
      .where(key);
    if (recorded) {
      // Only the agent who sent it may see a stored result; anyone else gets a refusal (not stored).
      if (recorded.agentId !== agentId) {
        const refusal: MutationResult = {
          id: envelope.id,
          status: 'rejected',
          error: { code: 'conflict', message: `Mutation ${envelope.id} was already sent by another agent.` },
        };
        return { value: refusal, batches: [] };
      }
      return { value: mutationResultSchema.parse(recorded.result), batches: [] };
    }

    const at = now();
    const record = async (result: MutationResult): Promise<void> => {
      await tx.insert(appliedMutations).values({
        clientId: envelope.clientId,
        mutationId: envelope.id,
        agentId,
        result,
        createdAt: at,
      });
    };
    try {
      // Hub-route and system mutations run only inside the hub, never sent by a desktop or a client.
      if (isMutationName(envelope.name) && mutationRegistry[envelope.name].callers !== 'agents') {
        throw new MutationRejection('forbidden', `${envelope.name} cannot be sent by a client; the hub runs it itself.`);
      }
      const actor = await loadActor(tx, agentId);
      // An unknown name is refused by commitMutation (prepareMutation), so the cast only defers that check.
      const { batches, seqs } = await commitMutation(tx, { name: envelope.name as MutationName, args: envelope.args }, actor, at, { mutationId: envelope.id });
      const result: MutationResult = { id: envelope.id, status: 'applied', seqs };
      await record(result);
      return { value: result, batches };
    } catch (error) {
      if (!(error instanceof MutationRejection)) throw error;
      // Rejections are final and deterministic for this envelope, so they are stored and replayed too.
      const result: MutationResult = { id: envelope.id, status: 'rejected', error: { code: error.code, message: error.message } };
      await record(result);
      return { value: result, batches: [] };
    }
  });
}

/** The actor as the database knows it now (role or team may have changed since sign-in). */
async function loadActor(tx: HubTx, agentId: string): Promise<AgentActor> {
  const [agent] = await tx
    .select({ agentId: agents.id, role: agents.role, teamId: agents.teamId })
    .from(agents)
    .where(eq(agents.id, agentId));
  if (!agent) throw new MutationRejection('forbidden', 'Your agent account no longer exists.');
  return { kind: 'agent', ...agent };
}
