import type Database from 'better-sqlite3';
import { ReplicaDamagedError } from './ReplicaDamagedError';

/** SQLite result codes that mean the file itself is bad (not a busy lock or a full disk). */
const damageCodes = new Set(['SQLITE_NOTADB', 'SQLITE_CORRUPT', 'SQLITE_CORRUPT_VTAB', 'SQLITE_CORRUPT_SEQUENCE', 'SQLITE_CORRUPT_INDEX']);

/** A SQLite error that says the file is damaged, as a ReplicaDamagedError; anything else is null. */
export function asReplicaDamage(path: string, error: unknown): ReplicaDamagedError | null {
  if (error instanceof ReplicaDamagedError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !damageCodes.has(code)) return null;
  return new ReplicaDamagedError(path, error instanceof Error ? error.message : code);
}

/**
 * `PRAGMA quick_check` (pages, records and b-tree structure; not index contents, so it stays
 * quick on a large replica): throws ReplicaDamagedError unless it answers "ok".
 */
export function checkReplicaIntact(sqlite: Database.Database, path: string): void {
  const found = sqlite.pragma('quick_check(20)', { simple: false }) as { quick_check: string }[];
  const problems = found.map((r) => r.quick_check).filter((r) => r !== 'ok');
  if (problems.length > 0) throw new ReplicaDamagedError(path, problems.slice(0, 3).join('; '));
}
