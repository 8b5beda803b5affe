import { entityNames, entityRowSchemas, type Actor, type AnyRow, type EntityName, type HistoryBundle } from '../../core';
import type { LocalStore } from '../db/localStore';
import type { Logger } from '../log/Logger';
import { writeHubState } from './writeHubState';

/**
 * Writes fetched history rows into the replica as hub state (with rebase). The rows are the
 * hub's state at `bundle.heads`; a replica at or behind those heads may take them all (its
 * pulls bring anything newer). A replica already past a head (a live batch landed while the
 * request was out) takes only rows it lacks, never overwriting a newer version; `stale` says so.
 */
export function cacheHistoryBundle(
  store: LocalStore,
  actor: Actor | null,
  bundle: HistoryBundle,
  log: Logger,
): { entities: EntityName[]; stale: boolean } {
  const cursors = store.state.cursors();
  const stale = Object.entries(bundle.heads).some(([scope, head]) => (cursors[scope] ?? -1) > head);
  const parsed: { entity: EntityName; row: AnyRow }[] = [];
  // Parents first, as snapshots write them.
  for (const entity of entityNames) {
    for (const raw of bundle.rows[entity] ?? []) {
      const row = entityRowSchemas[entity].safeParse(raw);
      if (row.success) parsed.push({ entity, row: row.data });
      else log(`skipped invalid fetched ${entity} row ${String(raw.id)}`, row.error.issues);
    }
  }
  const entities = writeHubState(
    store,
    actor,
    () => {
      const touched = new Set<EntityName>();
      for (const { entity, row } of parsed) {
        // The stash holds the hub version of rows the outbox changed; "lacks" means neither has it.
        if (stale && (store.rows.get(entity, row.id) !== undefined || store.stash.has(entity, row.id))) continue;
        store.rows.put(entity, row);
        touched.add(entity);
      }
      return touched;
    },
    log,
  );
  return { entities, stale };
}
