import { entityRowSchemas, type Actor, type ChangeRow, type EntityName } from '../../core';
import type { LocalStore } from '../db/localStore';
import type { Logger } from '../log/Logger';
import { recordMovedTicket } from '../routing/movedTickets';
import { removalApplies } from '../routing/removalApplies';
import { writeHubState } from './writeHubState';

/**
 * Applies change-log rows from the hub (live batch or pull page) with rebase, advancing each
 * held scope's cursor. Rows at or below a cursor are already held and skipped; a row that
 * fails its entity schema is logged and skipped rather than stopping sync.
 */
export function applyChangeRows(store: LocalStore, actor: Actor | null, rows: ChangeRow[], log: Logger = () => {}): EntityName[] {
  return writeHubState(
    store,
    actor,
    () => {
      const cursors = store.state.cursors();
      const touched = new Set<EntityName>();
      for (const change of rows) {
        const cursor = cursors[change.scope];
        if (cursor !== undefined && change.seq <= cursor) continue;
        if (change.op === 'delete') {
          if (removalApplies(store.rows, change)) {
            noteMove(store, change);
            store.rows.remove(change.entity, change.id);
            touched.add(change.entity);
          }
        } else {
          const parsed = entityRowSchemas[change.entity].safeParse(change.row);
          if (parsed.success) {
            store.rows.put(change.entity, parsed.data);
            touched.add(change.entity);
          } else {
            log(`skipped invalid ${change.entity} row ${change.id} (seq ${change.seq})`, parsed.error.issues);
          }
        }
        // Only scopes held completely carry a cursor; a row from another scope must not start one.
        if (cursor !== undefined) cursors[change.scope] = Math.max(cursors[change.scope] ?? 0, change.seq);
      }
      store.state.setCursors(cursors);
      return touched;
    },
    log,
  );
}

/** A ticket removed because it moved to another team: remember where, so its view can say so. */
function noteMove(store: LocalStore, change: ChangeRow): void {
  const teamId = change.row?.movedToTeamId;
  if (change.entity !== 'tickets' || typeof teamId !== 'string') return;
  const ticket = store.rows.get('tickets', change.id);
  if (ticket) recordMovedTicket(store.db, ticket, teamId, Date.now());
}
