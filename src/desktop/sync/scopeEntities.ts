import type { EntityName, Scope } from '../../core';
import { scopeRows } from './scopeRows';

/** Which entities a scope replicates, parents first (snapshot order). */
export function scopeEntities(scope: Scope): EntityName[] {
  return scopeRows.entities(scope);
}
