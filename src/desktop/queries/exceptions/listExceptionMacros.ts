import { asc } from 'drizzle-orm';
import type { MacroRow } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { macros } from '../../db/schema';

/** Every macro in the replica, by title: the notify picker's choices. */
export function listExceptionMacros(db: ReplicaDb): MacroRow[] {
  return db.select().from(macros).orderBy(asc(macros.title)).all();
}
