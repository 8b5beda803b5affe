import type { LocalStore } from '../db/localStore';

/** What the agent can open; the prune spares an opened record (and a customer's records) for a while. */
export type OpenedEntity = 'tickets' | 'customers' | 'shipments';

/** An open within this long of the last recorded one writes nothing (reads stay reads). */
const REFRESH_MS = 3_600_000;

/** Notes that the agent opened this record now (read or fetched on demand), so the prune keeps it. */
export function recordOpen(store: LocalStore, entity: OpenedEntity, id: string, now: number): void {
  const last = store.sqlite
    .prepare<[string, string], { openedAt: number }>('SELECT opened_at AS openedAt FROM recent_opens WHERE entity = ? AND id = ?')
    .get(entity, id);
  if (last && now - last.openedAt < REFRESH_MS) return;
  store.sqlite
    .prepare('INSERT INTO recent_opens (entity, id, opened_at) VALUES (?, ?, ?) ON CONFLICT (entity, id) DO UPDATE SET opened_at = excluded.opened_at')
    .run(entity, id, now);
}
