import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Actor, EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import { outbox, parkedChanges } from '../db/schema';
import type { Logger } from '../log/Logger';
import { writeHubState } from '../sync/writeHubState';
import type { ParkedOwner } from './parkedOwner';

/**
 * Unsent changes of an agent who is not signed in: moved out of the outbox (so nobody else's
 * session sends them) into parked_changes, and back in their original order when the owner
 * signs in again on the same hub.
 */
export const parkedOutbox = {
  /**
   * Parks every pending outbox entry for `owner` and undoes its optimistic effect (the stash's
   * hub rows go back; acked entries are re-applied until their live batch arrives).
   */
  park(store: LocalStore, owner: ParkedOwner, actor: Actor | null, now: number, log: Logger): { parked: number; entities: EntityName[] } {
    return store.transaction(() => {
      const pending = store.outbox.all().filter((e) => e.status === 'pending');
      if (pending.length === 0) return { parked: 0, entities: [] };
      for (const entry of pending) {
        store.db
          .insert(parkedChanges)
          .values({
            ownerAgentId: owner.agentId,
            ownerName: owner.name,
            ownerHub: owner.hubRef,
            mutationId: entry.mutationId,
            name: entry.name,
            args: JSON.stringify(entry.args),
            createdAt: entry.createdAt,
            parkedAt: now,
          })
          .onConflictDoNothing()
          .run();
        store.outbox.drop(entry.mutationId);
      }
      return { parked: pending.length, entities: writeHubState(store, actor, () => [], log) };
    });
  },

  /**
   * Queues the owner's parked changes again ahead of anything already in the outbox (they are
   * older) and re-applies the outbox over the replica; returns how many came back.
   */
  unpark(store: LocalStore, owner: Pick<ParkedOwner, 'agentId' | 'hubRef'>, actor: Actor | null, log: Logger): { restored: number; entities: EntityName[] } {
    return store.transaction(() => {
      const mine = store.db
        .select()
        .from(parkedChanges)
        .where(and(eq(parkedChanges.ownerAgentId, owner.agentId), eq(parkedChanges.ownerHub, owner.hubRef)))
        .orderBy(asc(parkedChanges.seq))
        .all();
      if (mine.length === 0) return { restored: 0, entities: [] };
      const queued = store.db.select().from(outbox).orderBy(asc(outbox.seq)).all();
      store.db.delete(outbox).run();
      for (const p of mine) {
        store.db.insert(outbox).values({ mutationId: p.mutationId, name: p.name, args: p.args, createdAt: p.createdAt }).run();
      }
      for (const { seq: _seq, ...row } of queued) store.db.insert(outbox).values(row).run();
      store.db.delete(parkedChanges).where(inArray(parkedChanges.seq, mine.map((p) => p.seq))).run();
      return { restored: mine.length, entities: writeHubState(store, actor, () => [], log) };
    });
  },

  /** How many changes are parked on this computer, for everyone. */
  count(store: LocalStore): number {
    return store.db.select({ n: count() }).from(parkedChanges).get()?.n ?? 0;
  },
};
