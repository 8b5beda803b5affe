import { existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

/**
 * Moves a damaged replica (and its WAL, which holds its latest commits) next to itself as
 * `<name>.corrupt-<UTC timestamp>.db`, kept for support; the shared-memory index is rebuilt
 * from the WAL, so it is dropped. Returns the new path.
 */
export function moveDamagedAside(dbPath: string, now: number): string {
  const stamp = new Date(now).toISOString().replaceAll(':', '-').replace('.', '-');
  const target = join(dirname(dbPath), `${basename(dbPath, extname(dbPath))}.corrupt-${stamp}.db`);
  renameSync(dbPath, target);
  if (existsSync(`${dbPath}-wal`)) renameSync(`${dbPath}-wal`, `${target}-wal`);
  rmSync(`${dbPath}-shm`, { force: true });
  return target;
}
