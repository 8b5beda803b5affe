import { uuidv7, type Actor, type EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import { runLocalWrite } from './runLocalWrite';

/**
 * Queues a refused mutation again through the write path: the same name and args under a NEW
 * mutation id (the hub stored its refusal of the old id and would only replay it), and the
 * refusal is removed in the same transaction. Returns null when no such refusal is kept.
 * A MutationRejection from the optimistic run propagates and nothing changes.
 */
export function retryFailedMutation(
  store: LocalStore,
  failureId: string,
  actor: Actor,
  now: number,
): { mutationId: string; entities: EntityName[] } | null {
  return store.transaction(() => {
    const failure = store.outbox.failure(failureId);
    if (!failure) return null;
    const envelope = { id: uuidv7(now), name: failure.name, args: failure.args, clientId: store.state.clientId(), createdAt: now };
    const entities = runLocalWrite(store, envelope, actor);
    store.outbox.dismissFailure(failureId);
    return { mutationId: envelope.id, entities };
  });
}
