import { entityNames, teamIdOfScope, type EntityName, type Scope } from '../../core';

/** Which entities a scope replicates, parents first (snapshot order). */
export function scopeEntities(scope: Scope): EntityName[] {
  const own: readonly EntityName[] = teamIdOfScope(scope) === null ? ['teams', 'agents', 'customers'] : ['tickets', 'messages'];
  return entityNames.filter((e) => own.includes(e));
}
