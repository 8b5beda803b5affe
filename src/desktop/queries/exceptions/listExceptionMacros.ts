import { asc } from 'drizzle-orm';
import type { MacroRow } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { macros } from '../../db/schema';
import { offeredMacros } from '../knowledge/offeredMacros';

/** The agent's macros (shared and their own, none archived), by title: the notify picker's choices. */
export function listExceptionMacros(db: ReplicaDb, agentId: string | null): MacroRow[] {
  return db.select().from(macros).where(offeredMacros(agentId)).orderBy(asc(macros.title)).all();
}
