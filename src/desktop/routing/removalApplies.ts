import { teamScope, type ChangeRow } from '../../core';
import type { RowStore } from '../db/rowStore';

/**
 * Whether a removal from `change.scope` still concerns the row held here. A ticket (and the
 * exceptions it handles) moved between two teams this desktop both holds (an admin) arrives as an
 * upsert in one scope and a removal in the other, in either order; the removal must not delete
 * the row already in its new team.
 */
export function removalApplies(rows: RowStore, change: ChangeRow): boolean {
  const teamId = heldTeamOf(rows, change);
  return teamId === undefined || teamScope(teamId) === change.scope;
}

function heldTeamOf(rows: RowStore, change: ChangeRow): string | undefined {
  switch (change.entity) {
    case 'tickets':
      return rows.get('tickets', change.id)?.teamId;
    case 'exceptions':
      return rows.get('exceptions', change.id)?.teamId;
    case 'messages':
    case 'csat_responses': {
      const ticketId = rows.get(change.entity, change.id)?.ticketId;
      return ticketId === undefined ? undefined : rows.get('tickets', ticketId)?.teamId;
    }
    default:
      return undefined;
  }
}
