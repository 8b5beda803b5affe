import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import type { LocalStore } from '../db/localStore';

/** Picked files wait here, beside the replica, until uploaded (an in-memory replica uses a temp folder). */
export function outboxFilesDir(store: Pick<LocalStore, 'sqlite'>): string {
  const file = store.sqlite.name;
  return file === ':memory:' || file === '' ? join(tmpdir(), `relay-outbox-files-${process.pid}`) : join(dirname(file), 'outbox-files');
}

/** The file of one upload key (`up/<uuid>/<sha16>` → `up_<uuid>_<sha16>`). */
export function outboxFilePath(dir: string, storageKey: string): string {
  return join(dir, storageKey.replaceAll('/', '_'));
}
