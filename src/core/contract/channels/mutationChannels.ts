import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { mutationRegistry, type MutationName } from '../../mutations/registry';

type Registry = typeof mutationRegistry;

/** The mutations an agent may ask for (`callers: 'agents'`); system-only ones have no channel. */
export type AgentMutationName = { [N in MutationName]: Registry[N]['callers'] extends 'agents' ? N : never }[MutationName];

const mutationIdOutput = z.object({ mutationId: idSchema });

export type MutationChannels = { [N in AgentMutationName]: { input: Registry[N]['args']; output: typeof mutationIdOutput } };

/**
 * The IPC write channels, generated from the mutation registry: one per agent mutation, named
 * as the mutation, whose input IS its args schema (ids included: the caller makes them with
 * core's `uuidv7`). The answer is the id of the queued mutation.
 */
export const mutationChannels = Object.fromEntries(
  Object.values(mutationRegistry)
    .filter((def) => def.callers === 'agents')
    .map((def) => [def.name, { input: def.args, output: mutationIdOutput }]),
  // Object.fromEntries forgets the per-name pairing the filter above keeps.
) as MutationChannels;
