import { inArray } from 'drizzle-orm';
import type { IpcOutput, PresenceEntry } from '../../core';
import type { ReplicaDb } from '../db/openReplica';
import { agents } from '../db/schema';

type TicketPresenceList = IpcOutput<'presence.get'>;

/** Other agents on a ticket, one line per agent (typing wins over viewing), named from the replica. */
export function listTicketPresence(db: ReplicaDb, entries: readonly PresenceEntry[], selfAgentId: string | null): TicketPresenceList {
  const byAgent = new Map<string, 'viewing' | 'typing'>();
  for (const e of entries) {
    if (e.agentId === selfAgentId || e.state === 'idle') continue;
    if (byAgent.get(e.agentId) !== 'typing') byAgent.set(e.agentId, e.state);
  }
  if (byAgent.size === 0) return [];
  const names = new Map(
    db
      .select({ id: agents.id, name: agents.name })
      .from(agents)
      .where(inArray(agents.id, [...byAgent.keys()]))
      .all()
      .map((a) => [a.id, a.name]),
  );
  return [...byAgent]
    .map(([agentId, state]) => ({ agentId, name: names.get(agentId) ?? 'A teammate', state }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
