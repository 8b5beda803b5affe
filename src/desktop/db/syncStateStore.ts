import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { agentRowSchema, cursorsSchema, uuidv7, type Cursors } from '../../core';
import type { ReplicaDb } from './openReplica';
import { syncState } from './schema';

export const storedSessionSchema = z.object({ hubUrl: z.string(), agent: agentRowSchema });
export type StoredSession = z.infer<typeof storedSessionSchema>;

/** Typed access to the replica's key/value facts; every value is JSON checked with zod on read. */
export interface SyncStateStore {
  clientId(): string;
  session(): StoredSession | null;
  setSession(session: StoredSession | null): void;
  cursors(): Cursors;
  setCursors(cursors: Cursors): void;
}

export function createSyncStateStore(db: ReplicaDb, now: () => number = Date.now): SyncStateStore {
  const read = <T>(key: string, schema: z.ZodType<T>): T | null => {
    const found = db.select().from(syncState).where(eq(syncState.key, key)).get();
    if (!found) return null;
    const parsed = schema.safeParse(JSON.parse(found.value));
    return parsed.success ? parsed.data : null;
  };
  const write = (key: string, value: unknown): void => {
    if (value === null) {
      db.delete(syncState).where(eq(syncState.key, key)).run();
      return;
    }
    const json = JSON.stringify(value);
    db.insert(syncState).values({ key, value: json }).onConflictDoUpdate({ target: syncState.key, set: { value: json } }).run();
  };
  return {
    clientId() {
      const existing = read('clientId', z.string());
      if (existing) return existing;
      // Created once per replica: the hub dedupes retried mutations by (clientId, mutationId).
      const id = uuidv7(now());
      write('clientId', id);
      return id;
    },
    session: () => read('session', storedSessionSchema),
    setSession: (session) => write('session', session),
    cursors: () => read('cursors', cursorsSchema) ?? {},
    setCursors: (cursors) => write('cursors', cursors),
  };
}
