import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { idSchema, mutationEnvelopeSchema, type MutationResult, type PushResponse } from '../../core';
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
 * An unexpected (non-rejection) error stops the push at that mutation, answered as `failed`
 * (code `internal`, with a reference to the hub log) beside the results before it: the client
 * retries it later and can give up on it. Stopping keeps order: a later mutation may depend on
 * the failed one (a reply to a ticket it creates). Nothing of the failed one is stored.
 */
export async function pushMutations(
  ctx: HubContext,
  agentId: string,
  clientId: string,
  push: unknown,
): Promise<PushResponse> {
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
    try {
      results.push(await applyMutation(ctx.lane, envelope.data, agentId, ctx.now));
    } catch (error) {
      // The details stay in the hub's log (they may name tables or data); the client gets a reference to them.
      const ref = randomUUID().slice(0, 8);
      ctx.log.error({ err: error, mutationId: envelope.data.id, mutation: envelope.data.name, ref }, 'mutation failed');
      const message = `The hub hit an internal error on this change (hub log reference ${ref}).`;
      return { results, failed: { id: envelope.data.id, code: 'internal', message } };
    }
  }
  return { results };
}

function rejected(id: string, code: 'invalid_args' | 'forbidden', message: string): MutationResult {
  return { id, status: 'rejected', error: { code, message } };
}
