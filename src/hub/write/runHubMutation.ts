import type { Actor } from '../../core';
import type { HubContext } from '../HubContext';
import { commitMutation, type CommitMutationOptions, type CommittedMutation, type MutationCall } from './commitMutation';

/**
 * One core mutation as its own hub write: the write lane's transaction around commitMutation,
 * live fan-out after commit (the lane does it). For writes with nothing else in their
 * transaction: admin changes, the seed's hand-written rows, a system actor's single fact.
 */
export function runHubMutation(ctx: Pick<HubContext, 'lane' | 'now'>, call: MutationCall, actor: Actor, options: CommitMutationOptions = {}): Promise<CommittedMutation> {
  return ctx.lane.transact(async (tx) => {
    const committed = await commitMutation(tx, call, actor, ctx.now(), options);
    return { value: committed, batches: committed.batches };
  });
}
