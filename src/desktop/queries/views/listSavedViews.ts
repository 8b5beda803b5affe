import type { SavedViewItem } from '../../../core/contract/channels/savedViewItemSchema';
import { savedViewQuerySchema, type AgentActor } from '../../../core';
import { requireSavedViewWriter } from '../../../core/mutations/savedViewAccess';
import type { Replica } from '../../db/openReplica';

interface Row {
  id: string;
  name: string;
  ownerId: string;
  teamId: string | null;
  teamName: string | null;
  query: string;
}

// Personal views first, then shared ones; each group by name.
const listSql = `
  SELECT v.id, v.name, v.owner_id AS ownerId, v.team_id AS teamId, t.name AS teamName, v.query
  FROM saved_views v LEFT JOIN teams t ON t.id = v.team_id
  WHERE (v.team_id IS NULL AND v.owner_id = @agentId) OR v.team_id = @teamId OR (@admin = 1 AND v.team_id IS NOT NULL)
  ORDER BY v.team_id IS NOT NULL, v.name COLLATE NOCASE`;

function canEdit(actor: AgentActor, row: Row): boolean {
  try {
    requireSavedViewWriter(actor, row);
    return true;
  } catch {
    return false;
  }
}

/**
 * The saved views this agent sees: all views replicate tenant-wide, so the filter lives here.
 * A stored query that no longer parses (hand edit, newer client's unknown sort) is skipped.
 */
export function listSavedViews(replica: Pick<Replica, 'sqlite'>, actor: AgentActor | null): SavedViewItem[] {
  if (!actor) return [];
  const rows = replica.sqlite.prepare(listSql).all({ agentId: actor.agentId, teamId: actor.teamId, admin: actor.role === 'admin' ? 1 : 0 }) as Row[];
  return rows.flatMap((row) => {
    const query = savedViewQuerySchema.safeParse(JSON.parse(row.query));
    if (!query.success) return [];
    return [{ id: row.id, name: row.name, teamId: row.teamId, teamName: row.teamName, query: query.data, canEdit: canEdit(actor, row) }];
  });
}
