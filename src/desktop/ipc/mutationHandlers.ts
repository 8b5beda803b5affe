import type { MutationChannels } from '../../core/contract/channels/mutationChannels';
import { mutationChannels } from '../../core/contract/channels/mutationChannels';
import type { HandlerContext } from './HandlerContext';
import type { FeatureHandlers } from './IpcHandlers';
import { writeLocally } from './writeLocally';

/**
 * One handler for every write channel: the dispatcher has already checked the input against
 * the mutation's own args schema, so it goes to the outbox as it came (the mutation checks access).
 */
export function createMutationHandlers(ctx: HandlerContext): FeatureHandlers<MutationChannels> {
  const names = Object.keys(mutationChannels) as (keyof MutationChannels)[];
  // Object.fromEntries forgets that each name maps to its own channel's handler.
  return Object.fromEntries(
    names.map((name) => [name, async (input: unknown) => ({ mutationId: writeLocally(ctx, name, input) })]),
  ) as FeatureHandlers<MutationChannels>;
}
