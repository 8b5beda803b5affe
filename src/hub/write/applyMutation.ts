import { and, eq } from 'drizzle-orm';
import {
  MutationRejection,
  mutationResultSchema,
  prepareMutation,
  rowsFromList,
  type Actor,
  type MutationEnvelope,
  type MutationResult,
  type SequenceName,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRows } from '../store/loadRows';
import { agents, appliedMutations } from '../store/schema';
import { allocateSequence } from './allocateSequence';
import { commitChanges } from './commitChanges';
import type { Transacted, WriteLane } from './WriteLane';

/**
 * The authoritative run of one mutation, in one transaction: replay a recorded result, or
 * validate, read, apply with the hub's clock and the verified actor, write, log and record.
 * `agentId` comes from the verified token, never from the envelope.
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
      const actor = await loadActor(tx, agentId);
      const prepared = prepareMutation(envelope);
      const rows = rowsFromList(prepared.refs, await loadRows(tx, prepared.refs));
      const sequences: Partial<Record<SequenceName, number>> = {};
      for (const name of prepared.sequences) {
        if (name === 'ticketNumber') sequences.ticketNumber = await allocateSequence(tx, name);
      }
      const rowChanges = prepared.apply(rows, { actor, now: at, sequences });
      const { batches, seqs } = await commitChanges(tx, { changes: rowChanges, mutationId: envelope.id, now: at });
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
async function loadActor(tx: HubTx, agentId: string): Promise<Actor> {
  const [agent] = await tx
    .select({ agentId: agents.id, role: agents.role, teamId: agents.teamId })
    .from(agents)
    .where(eq(agents.id, agentId));
  if (!agent) throw new MutationRejection('forbidden', 'Your agent account no longer exists.');
  return agent;
}
