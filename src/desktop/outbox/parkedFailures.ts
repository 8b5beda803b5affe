import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { LocalStore } from '../db/localStore';
import { failedMutations, syncState } from '../db/schema';
import type { ParkedOwner } from './parkedOwner';

/** The sync_state key holding refusals of agents who are not signed in (a replica wipe keeps it). */
export const PARKED_FAILURES_KEY = 'parkedFailures';

const failureSchema = z.object({
  id: z.string(),
  name: z.string(),
  args: z.string(),
  code: z.string(),
  message: z.string(),
  failedAt: z.number(),
});
const parkedSchema = z.array(z.object({ agentId: z.string(), hubRef: z.string(), failures: z.array(failureSchema) }));
type Parked = z.infer<typeof parkedSchema>;

function read(store: LocalStore): Parked {
  const found = store.db.select().from(syncState).where(eq(syncState.key, PARKED_FAILURES_KEY)).get();
  const parsed = parkedSchema.safeParse(found ? JSON.parse(found.value) : []);
  return parsed.success ? parsed.data : [];
}

function write(store: LocalStore, parked: Parked): void {
  if (parked.length === 0) {
    store.db.delete(syncState).where(eq(syncState.key, PARKED_FAILURES_KEY)).run();
    return;
  }
  const value = JSON.stringify(parked);
  store.db.insert(syncState).values({ key: PARKED_FAILURES_KEY, value }).onConflictDoUpdate({ target: syncState.key, set: { value } }).run();
}

const sameOwner = (a: { agentId: string; hubRef: string }, b: { agentId: string; hubRef: string }): boolean =>
  a.agentId === b.agentId && a.hubRef === b.hubRef;

/**
 * Refusals (failed_mutations) of an agent who signs out for another: set aside for their owner
 * so the next agent never sees them (they may quote a reply's words), back when the owner returns.
 */
export const parkedFailures = {
  /** Moves every refusal in failed_mutations to the owner's parked list; returns how many. */
  park(store: LocalStore, owner: ParkedOwner): number {
    const failures = store.db.select().from(failedMutations).all();
    if (failures.length === 0) return 0;
    const parked = read(store);
    const mine = parked.find((p) => sameOwner(p, owner));
    if (mine) mine.failures.push(...failures);
    else parked.push({ agentId: owner.agentId, hubRef: owner.hubRef, failures });
    write(store, parked);
    store.db.delete(failedMutations).run();
    return failures.length;
  },

  /** Puts the owner's parked refusals back into failed_mutations; returns how many. */
  restore(store: LocalStore, owner: Pick<ParkedOwner, 'agentId' | 'hubRef'>): number {
    const parked = read(store);
    const mine = parked.find((p) => sameOwner(p, owner));
    if (!mine) return 0;
    for (const failure of mine.failures) store.db.insert(failedMutations).values(failure).onConflictDoNothing().run();
    write(store, parked.filter((p) => p !== mine));
    return mine.failures.length;
  },
};
