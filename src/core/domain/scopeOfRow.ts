import { tenantEntityNames, type EntityName, type EntityRowMap } from './entities';
import { teamScope, tenantScope, type Scope } from './scopes';

/** What `scopeOfRow` may need to look up: the team of a ticket (messages and CSAT follow their ticket). */
export interface ScopeLookup {
  ticketTeamId(ticketId: string): string | undefined;
}

const tenantEntities: ReadonlySet<EntityName> = new Set(tenantEntityNames);

/**
 * The scope a row replicates in: tenant for shared reference data, `team:<id>` for a team's
 * tickets, their messages and CSAT, and the team's exceptions. null when the parent ticket
 * is unknown (the caller must not log such a row).
 */
export function scopeOfRow<E extends EntityName>(entity: E, row: EntityRowMap[E], lookup: ScopeLookup): Scope | null {
  if (tenantEntities.has(entity)) return tenantScope;
  const any = row as EntityRowMap[EntityName];
  switch (entity) {
    case 'tickets':
      return teamScope((any as EntityRowMap['tickets']).teamId);
    case 'exceptions':
      return teamScope((any as EntityRowMap['exceptions']).teamId);
    case 'messages':
    case 'csat_responses': {
      const teamId = lookup.ticketTeamId((any as EntityRowMap['messages' | 'csat_responses']).ticketId);
      return teamId === undefined ? null : teamScope(teamId);
    }
    default:
      return null;
  }
}
