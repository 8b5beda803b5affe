import type { EntityName, Scope } from '../../core';
import type { LocalStore } from '../db/localStore';
import { scopeRows } from './scopeRows';

/** Deletes every row of a scope from the replica (a dropped scope, or before a fresh snapshot). */
export function removeScopeRows(store: LocalStore, scope: Scope): EntityName[] {
  return scopeRows.remove(store, scope);
}
