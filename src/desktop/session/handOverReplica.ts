import type { Actor, EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import { parkedFailures } from '../outbox/parkedFailures';
import { parkedOutbox } from '../outbox/parkedOutbox';
import type { ParkedOwner } from '../outbox/parkedOwner';
import type { Logger } from '../log/Logger';
import { changesPhrase } from './changesPhrase';
import { wipeReplica } from './wipeReplica';

/**
 * A sign-in as another agent (or on another hub): the previous owner's unsent changes and
 * refusals are parked for them, every row of their scopes is wiped, and the newcomer's own
 * parked work (from an earlier switch) is queued again. Returns what the agent must be told.
 */
export function handOverReplica(
  store: LocalStore,
  from: ParkedOwner | null,
  to: { agentId: string; hubRef: string; actor: Actor },
  now: number,
  log: Logger,
): { notice: string | null; entities: EntityName[] } {
  return store.transaction(() => {
    const notes: string[] = [];
    const entities = new Set<EntityName>();
    if (from) {
      // No actor: nothing is re-applied, the rows are about to go anyway.
      const { parked } = parkedOutbox.park(store, from, null, now, log);
      parkedFailures.park(store, from);
      for (const e of wipeReplica(store)) entities.add(e);
      if (parked > 0) {
        notes.push(`${changesPhrase(parked)} of ${from.name} not sent yet ${parked === 1 ? 'was' : 'were'} kept for them; ` +
          `they go out when ${from.name} signs in again on this computer.`);
      }
    }
    const { restored, entities: touched } = parkedOutbox.unpark(store, to, to.actor, log);
    parkedFailures.restore(store, to);
    for (const e of touched) entities.add(e);
    if (restored > 0) notes.push(`${changesPhrase(restored)} you left unsent on this computer ${restored === 1 ? 'is' : 'are'} being sent now.`);
    return { notice: notes.length > 0 ? notes.join(' ') : null, entities: [...entities] };
  });
}
