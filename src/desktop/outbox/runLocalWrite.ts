import type { Actor, EntityName, MutationEnvelope } from '../../core';
import type { LocalStore } from '../db/localStore';
import { applyOptimistic } from './applyOptimistic';

/**
 * The one way a local write happens: optimistic row changes, their stash and the outbox
 * row, in one transaction. A MutationRejection propagates and nothing is queued.
 */
export function runLocalWrite(store: LocalStore, envelope: MutationEnvelope, actor: Actor): EntityName[] {
  return store.transaction(() => {
    const changes = applyOptimistic(store, envelope, actor);
    store.outbox.add(envelope);
    return [...new Set(changes.map((c) => c.entity))];
  });
}
