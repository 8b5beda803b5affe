
import { teamScope, type MessageRow, type RowChange } from '../../core';
import type { HubContext } from '../HubContext';
import { loadRows } from '../store/loadRows';
import { tickets } from '../store/schema';
import { runRulesWrite, type RulesAudit } from './runRulesWrite';
import { anyOf } from '../store/anyOf';

/**
 * queued → held for many messages in one rules write: this hub has no connector for their
 * channel. Nothing is sent, nothing failed; each hold is audited (`message.held`) with the
 * reason, and a sweep sends them once a connector is configured. Messages no longer queued are
 * left alone. Returns the ids held.
 */
export function holdMessages(ctx: HubContext, messageIds: readonly string[], at: number): Promise<string[]> {
  return runRulesWrite(ctx, at, async (tx) => {
    const current = (await loadRows(tx, messageIds.map((id) => ({ entity: 'messages', id })))) as (MessageRow | undefined)[];
    const waiting = current.filter((m): m is MessageRow => m !== undefined && m.direction === 'outbound' && m.deliveryStatus === 'queued');
    const ticketIds = [...new Set(waiting.map((m) => m.ticketId))];
    const teamOf = new Map<string, string>();
    if (ticketIds.length > 0) for (const t of await tx.select({ id: tickets.id, teamId: tickets.teamId }).from(tickets).where(anyOf(tickets.id, ticketIds))) teamOf.set(t.id, t.teamId);
    const changes: RowChange[] = [];
    const audit: RulesAudit[] = [];
    for (const message of waiting) {
      const teamId = teamOf.get(message.ticketId);
      if (!teamId) continue;
      const row: MessageRow = { ...message, deliveryStatus: 'held' };
      changes.push({ op: 'upsert', entity: 'messages', id: row.id, scope: teamScope(teamId), row });
      audit.push({ action: 'message.held', entity: 'messages', entityId: row.id, detail: { reason: `No ${message.channel} connector is configured on this hub.` } });
    }
    return { value: changes.map((c) => c.id), changes, audit };
  });
}
