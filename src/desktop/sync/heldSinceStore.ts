import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { scopeSchema, type Scope } from '../../core';
import type { LocalStore } from '../db/localStore';
import { syncState } from '../db/schema';

const KEY = 'heldSince';
const heldSinceSchema = z.record(scopeSchema, z.number().int().nonnegative());

/**
 * When this replica started holding each scope (local clock at the snapshot's start). A row
 * that arrives live but is absent here and was created before then was outside the
 * replication window (an old ticket re-opened): its thread must be fetched (see hydrationQueue).
 */
export const heldSinceStore = {
  read(store: LocalStore): Partial<Record<Scope, number>> {
    const found = store.db.select().from(syncState).where(eq(syncState.key, KEY)).get();
    const parsed = heldSinceSchema.safeParse(found ? JSON.parse(found.value) : {});
    return parsed.success ? parsed.data : {};
  },
  /** `at` null forgets the scope. */
  set(store: LocalStore, scope: Scope, at: number | null): void {
    const all: Record<string, number> = {};
    for (const [s, t] of Object.entries(heldSinceStore.read(store))) if (t !== undefined) all[s] = t;
    if (at === null) delete all[scope];
    else all[scope] = at;
    const value = JSON.stringify(all);
    store.db.insert(syncState).values({ key: KEY, value }).onConflictDoUpdate({ target: syncState.key, set: { value } }).run();
  },
};
