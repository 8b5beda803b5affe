import { asc, desc, eq, isNull, or } from 'drizzle-orm';
import type { MacroRow, MacroSampleTicket } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { macros, tickets } from '../../db/schema';

/**
 * What Settings → Macros shows this agent: shared macros and their own personal ones (archived
 * too), by title; and up to five tickets to preview on, the agent's own most recent first.
 */
export function listSettingsMacros(db: ReplicaDb, agentId: string | null): { macros: MacroRow[]; samples: MacroSampleTicket[] } {
  const visible = agentId ? or(isNull(macros.ownerAgentId), eq(macros.ownerAgentId, agentId)) : isNull(macros.ownerAgentId);
  const rows = db.select().from(macros).where(visible).orderBy(asc(macros.title)).all();
  const pick = { id: tickets.id, number: tickets.number, subject: tickets.subject };
  const own = agentId ? db.select(pick).from(tickets).where(eq(tickets.assigneeId, agentId)).orderBy(desc(tickets.updatedAt)).limit(5).all() : [];
  const samples = own.length > 0 ? own : db.select(pick).from(tickets).orderBy(desc(tickets.updatedAt)).limit(5).all();
  return { macros: rows, samples };
}
