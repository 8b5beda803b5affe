import type { Actor } from './MutationDef';
import { MutationRejection } from './MutationRejection';

/** Merging customers moves every team's records: leads and admins only (never the hub on its own). */
export function requireCustomerMerger(actor: Actor): void {
  if (actor.kind === 'system' || actor.role === 'agent') {
    throw new MutationRejection('forbidden', 'Only team leads and admins can merge customers.');
  }
}
