import { eq } from 'drizzle-orm';
import type { CsatResponseRow, ExceptionRow, MessageRow, RowChange } from '../../core';
import type { HubTx } from '../store/openStore';
import { csatResponses, exceptions, messages } from '../store/schema';

/**
 * A ticket moving scope (a delete naming `movedTo` beside its upsert) takes its thread, CSAT and
 * the exceptions it handles along: each child gets a removal in the old scope and its row in the
 * new one (an exception joins the new team's queue). The hub lists them because only it holds
 * the whole thread; rows the mutation already wrote are left alone.
 */
export async function carryMovedChildren(tx: HubTx, changes: readonly RowChange[]): Promise<RowChange[]> {
  const out = [...changes];
  const written = new Set(changes.map((c) => `${c.entity}:${c.id}`));
  for (const change of changes) {
    if (change.entity !== 'tickets' || change.op !== 'delete' || change.movedTo === undefined) continue;
    const moved = changes.find((c) => c.op === 'upsert' && c.entity === 'tickets' && c.id === change.id);
    if (!moved || moved.entity !== 'tickets' || moved.op !== 'upsert') continue;
    const thread: MessageRow[] = await tx.select().from(messages).where(eq(messages.ticketId, change.id));
    const csat: CsatResponseRow[] = await tx.select().from(csatResponses).where(eq(csatResponses.ticketId, change.id));
    for (const row of thread) {
      if (written.has(`messages:${row.id}`)) continue;
      out.push({ op: 'delete', entity: 'messages', id: row.id, scope: change.scope, row: null, movedTo: change.movedTo });
      out.push({ op: 'upsert', entity: 'messages', id: row.id, scope: moved.scope, row });
    }
    const handled: ExceptionRow[] = await tx.select().from(exceptions).where(eq(exceptions.ticketId, change.id));
    for (const row of handled) {
      if (written.has(`exceptions:${row.id}`)) continue;
      out.push({ op: 'delete', entity: 'exceptions', id: row.id, scope: change.scope, row: null, movedTo: change.movedTo });
      out.push({ op: 'upsert', entity: 'exceptions', id: row.id, scope: moved.scope, row: { ...row, teamId: moved.row.teamId } });
    }
    for (const row of csat) {
      if (written.has(`csat_responses:${row.id}`)) continue;
      out.push({ op: 'delete', entity: 'csat_responses', id: row.id, scope: change.scope, row: null, movedTo: change.movedTo });
      out.push({ op: 'upsert', entity: 'csat_responses', id: row.id, scope: moved.scope, row });
    }
  }
  return out;
}
