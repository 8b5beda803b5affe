import { z } from 'zod';
import { idSchema, mutationEnvelopeSchema, type MutationResult } from '../../core';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { describeZodError } from '../describeZodError';
import { parseInput } from '../parseInput';
import { applyMutation } from './applyMutation';

/** A push is parsed leniently so one malformed envelope does not sink the others. */
const lenientPushSchema = z.object({ mutations: z.array(z.unknown()).min(1).max(500) });
const envelopeIdSchema = z.object({ id: idSchema });

/**
 * Applies a push in order, each mutation independently: a malformed envelope or a foreign
 * clientId is rejected (not stored: nothing was applied under that key), the rest apply.
 * An unexpected (non-rejection) error stops the push and propagates: the client retries the
 * whole push later, and already-applied mutations answer from `applied_mutations`. Stopping
 * keeps order: a later mutation may depend on the failed one (a reply to a ticket it creates).
 */
export async function pushMutations(
  ctx: HubContext,
  agentId: string,
  clientId: string,
  push: unknown,
): Promise<MutationResult[]> {
  const { mutations } = parseInput(lenientPushSchema, push, 'push');
  const results: MutationResult[] = [];
  for (const [index, raw] of mutations.entries()) {
    const envelope = mutationEnvelopeSchema.safeParse(raw);
    if (!envelope.success) {
      const withId = envelopeIdSchema.safeParse(raw);
      if (!withId.success) {
        // Without an id there is no way to answer this mutation, so the request itself is bad.
        throw new HubRequestError('invalid_request', `Invalid push: mutations.${index}.id: must be a UUID`);
      }
      results.push(rejected(withId.data.id, 'invalid_args', `Invalid mutation envelope: ${describeZodError(envelope.error)}`));
      continue;
    }
    if (envelope.data.clientId !== clientId) {
      results.push(rejected(envelope.data.id, 'forbidden', 'The mutation belongs to another client than this connection.'));
      continue;
    }
    results.push(await applyMutation(ctx.lane, envelope.data, agentId, ctx.now));
  }
  return results;
}

function rejected(id: string, code: 'invalid_args' | 'forbidden', message: string): MutationResult {
  return { id, status: 'rejected', error: { code, message } };
}
