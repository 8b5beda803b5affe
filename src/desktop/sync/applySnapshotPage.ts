import { entityRowSchemas, type Actor, type EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import type { Logger } from '../log/Logger';
import { writeHubState } from './writeHubState';

/** Writes one snapshot page (whole rows of one entity) with rebase; invalid rows are logged and skipped. */
export function applySnapshotPage(
  store: LocalStore,
  actor: Actor | null,
  entity: EntityName,
  rows: Record<string, unknown>[],
  log: Logger = () => {},
): EntityName[] {
  return writeHubState(
    store,
    actor,
    () => {
      const schema = entityRowSchemas[entity];
      for (const raw of rows) {
        const parsed = schema.safeParse(raw);
        if (parsed.success) store.rows.put(entity, parsed.data);
        else log(`skipped invalid ${entity} snapshot row ${String(raw.id)}`, parsed.error.issues);
      }
      return [entity];
    },
    log,
  );
}
