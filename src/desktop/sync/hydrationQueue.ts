import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { idSchema } from '../../core';
import type { LocalStore } from '../db/localStore';
import { syncState } from '../db/schema';

const KEY = 'hydrate';
const needSchema = z.object({ kind: z.enum(['ticket', 'shipment']), id: idSchema });
export type HydrationNeed = z.infer<typeof needSchema>;

/**
 * Records the replica holds only in part, to fetch whole from the hub's history routes: an
 * old ticket that arrived live without its thread, a shipment without its events, a ticket
 * whose order or shipment is missing. Kept in sync_state so a restart does not forget them.
 */
export const hydrationQueue = {
  all(store: LocalStore): HydrationNeed[] {
    const found = store.db.select().from(syncState).where(eq(syncState.key, KEY)).get();
    const parsed = z.array(needSchema).safeParse(found ? JSON.parse(found.value) : []);
    return parsed.success ? parsed.data : [];
  },
  add(store: LocalStore, needs: readonly HydrationNeed[]): void {
    if (needs.length === 0) return;
    const current = hydrationQueue.all(store);
    const seen = new Set(current.map((n) => `${n.kind}:${n.id}`));
    for (const need of needs) {
      if (!seen.has(`${need.kind}:${need.id}`)) current.push(need);
      seen.add(`${need.kind}:${need.id}`);
    }
    write(store, current);
  },
  remove(store: LocalStore, need: HydrationNeed): void {
    write(
      store,
      hydrationQueue.all(store).filter((n) => n.kind !== need.kind || n.id !== need.id),
    );
  },
};

function write(store: LocalStore, needs: HydrationNeed[]): void {
  if (needs.length === 0) {
    store.db.delete(syncState).where(eq(syncState.key, KEY)).run();
    return;
  }
  const value = JSON.stringify(needs);
  store.db.insert(syncState).values({ key: KEY, value }).onConflictDoUpdate({ target: syncState.key, set: { value } }).run();
}
