import { MutationRejection, uuidv7, type MutationName } from '../../core';
import { runLocalWrite } from '../outbox/runLocalWrite';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';

/** Runs a mutation through the write path as the signed-in agent; returns the mutation id. */
export function writeLocally(ctx: HandlerContext, name: MutationName, args: unknown): string {
  const actor = ctx.session.actor();
  if (!actor) throw new IpcFailure('unauthorized', 'Sign in first.');
  const createdAt = ctx.now();
  const envelope = { id: uuidv7(createdAt), name, args, clientId: ctx.store.state.clientId(), createdAt };
  try {
    ctx.session.localWrite(runLocalWrite(ctx.store, envelope, actor));
  } catch (error) {
    if (error instanceof MutationRejection) {
      throw new IpcFailure(error.code === 'invalid_args' ? 'invalid_input' : 'failed', error.message);
    }
    throw error;
  }
  return envelope.id;
}
