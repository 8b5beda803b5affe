import { ownedKey, prepareMutation, rowsFromList, type Actor, type MutationEnvelope, type RowChange } from '../../core';
import type { LocalStore } from '../db/localStore';

/**
 * Runs a mutation against the replica: loads its rows, applies it as `actor` at the
 * mutation's own time, stashes the hub version of each row it touches first, writes the
 * changes. Throws MutationRejection when it does not apply. Call inside a transaction.
 */
export function applyOptimistic(
  store: LocalStore,
  envelope: Pick<MutationEnvelope, 'name' | 'args' | 'createdAt'>,
  actor: Actor,
): RowChange[] {
  const prepared = prepareMutation(envelope);
  const loaded = prepared.refs.map((ref) => store.rows.get(ref.entity, ref.id));
  // The envelope's time, not "now": a rebase re-runs it and must produce the same rows.
  // Owner lists hold what this replica sees (own team's tickets); the hub moves the rest.
  const owned = new Map(prepared.owned.map((ref) => [ownedKey(ref.entity, ref.customerId), store.rows.owned(ref.entity, ref.customerId)]));
  const changes = prepared.apply(rowsFromList(prepared.refs, loaded), { actor, now: envelope.createdAt, sequences: {} }, owned);
  for (const change of changes) {
    // Invariant: a row absent from the stash holds the hub's version, so that is what we keep.
    if (!store.stash.has(change.entity, change.id)) {
      store.stash.keep(change.entity, change.id, store.rows.get(change.entity, change.id) ?? null);
    }
    if (change.op === 'upsert') store.rows.put(change.entity, change.row);
    else store.rows.remove(change.entity, change.id);
  }
  return changes;
}
