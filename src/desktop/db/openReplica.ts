import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { electronAddonDirEnv, nativeBindingFor } from './nativeBindingFor';
import { asReplicaDamage, checkReplicaIntact } from '../recovery/checkReplicaIntact';
import * as schema from './schema';

export type ReplicaDb = BetterSQLite3Database<typeof schema>;

/** The open replica: the raw connection (transactions, generic row statements) and drizzle on top. */
export interface Replica {
  sqlite: Database.Database;
  db: ReplicaDb;
  close(): void;
}

/** repo-root/migrations/local, from src/desktop/db; bundlers pass `migrationsFolder` instead. */
export const defaultMigrationsFolder = fileURLToPath(new URL('../../../migrations/local', import.meta.url));

/** Opens (creating if needed) the replica file and brings its schema up to date; a damaged file throws ReplicaDamagedError. */
export function openReplica(dbPath: string, migrationsFolder: string = defaultMigrationsFolder): Replica {
  const sqlite = new Database(dbPath, nativeBindingFor({ versions: process.versions, addonDir: process.env[electronAddonDirEnv], exists: existsSync }));
  try {
    // Set before the first table exists (a no-op on older files): lets the prune give freed pages back (prune/releaseFreePages).
    sqlite.pragma('auto_vacuum = INCREMENTAL');
    // WAL lets queries read while sync writes; FULL so an acknowledged local write survives power loss.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    // Replicated rows arrive in any order, so nothing may enforce references between them.
    sqlite.pragma('foreign_keys = OFF');
    sqlite.pragma('busy_timeout = 5000');
    // Overwritten and deleted rows are zeroed in the file: an erased customer's text must not linger in free pages.
    sqlite.pragma('secure_delete = ON');
    // A damaged file is found here, before any write trusts it (recovery/openStoreWithRecovery rebuilds it).
    checkReplicaIntact(sqlite, dbPath);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder });
    return { sqlite, db, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw asReplicaDamage(dbPath, error) ?? error;
  }
}
