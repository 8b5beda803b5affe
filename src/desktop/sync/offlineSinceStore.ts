import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { LocalStore } from '../db/localStore';
import { syncState } from '../db/schema';

const KEY = 'offlineSince';

/**
 * When this replica last lost the hub, kept in sync_state so "offline since" survives an app
 * restart (a restart while offline must not reset it to the restart time). Null while online.
 */
export const offlineSinceStore = {
  read(store: LocalStore): number | null {
    const found = store.db.select().from(syncState).where(eq(syncState.key, KEY)).get();
    if (!found) return null;
    const parsed = z.number().int().nonnegative().safeParse(JSON.parse(found.value));
    return parsed.success ? parsed.data : null;
  },
  write(store: LocalStore, since: number | null): void {
    if (since === null) {
      store.db.delete(syncState).where(eq(syncState.key, KEY)).run();
      return;
    }
    const value = JSON.stringify(since);
    store.db.insert(syncState).values({ key: KEY, value }).onConflictDoUpdate({ target: syncState.key, set: { value } }).run();
  },
};
