import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import postgres from 'postgres';
import type { JobsTarget } from '../jobs/JobsTarget';

/** The hub's database, whichever driver backs it; code above the store sees only this. */
export type HubDb = PgDatabase<PgQueryResultHKT>;
export type HubTx = PgTransaction<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;

export type StoreTarget = { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };

export interface HubStore {
  db: HubDb;
  kind: StoreTarget['kind'];
  /** Where the job queue (src/hub/jobs) lives: PGlite's one connection is shared, PostgreSQL gets its own pool. */
  jobs: JobsTarget;
  close(): Promise<void>;
}

/** repo-root/migrations/hub, found from this file; packaged apps pass their own folder. */
function defaultMigrationsDir(): string {
  return fileURLToPath(new URL('../../../migrations/hub', import.meta.url));
}

/** Opens PGlite (a folder or ':memory:') or PostgreSQL and brings the schema up to date. */
export async function openStore(target: StoreTarget, migrationsDir = defaultMigrationsDir()): Promise<HubStore> {
  if (target.kind === 'pglite') {
    const inMemory = target.dataDir === ':memory:';
    if (!inMemory) mkdirSync(target.dataDir, { recursive: true });
    const client = inMemory ? new PGlite() : new PGlite(target.dataDir);
    const db = drizzlePglite({ client });
    try {
      await migratePglite(db, { migrationsFolder: migrationsDir });
    } catch (error) {
      await client.close();
      throw error;
    }
    return { db, kind: 'pglite', jobs: { kind: 'pglite', client }, close: () => client.close() };
  }
  // onnotice silenced: migrations' "relation already exists, skipping" notices are noise.
  await migratePostgresLocked(target.url, migrationsDir);
  const client = postgres(target.url, { max: 10, onnotice: () => {} });
  return { db: drizzlePostgres({ client }), kind: 'postgres', jobs: { kind: 'postgres', url: target.url }, close: () => client.end({ timeout: 5 }) };
}

/** Any fixed key, distinct from the write lock's: hub nodes starting together migrate one at a time. */
const MIGRATION_LOCK_KEY = 4_477_002;

/** Migrates over a single connection holding a session advisory lock, so concurrent starts do not race. */
async function migratePostgresLocked(url: string, migrationsFolder: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres({ client }), { migrationsFolder });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    // Closing the connection also releases the lock if migrating failed.
    await client.end({ timeout: 5 });
  }
}
