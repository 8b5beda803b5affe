import Database from 'better-sqlite3';

/** Reads a core's replica file beside the core (read-only; WAL lets a second reader in). */
export function replicaPeek<T>(path: string, read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}
