import type { PendingExport } from '../../core/contract/channels/sessionChannels';
import type { StoredSession } from '../db/syncStateStore';
import type { OutboxEntry } from '../outbox/outboxStore';

/** The "Export…" file of unsent changes: whose, for which hub, and each change as it would be sent. */
export function buildPendingExport(
  session: StoredSession,
  hub: string,
  entries: readonly OutboxEntry[],
  now: number,
): { fileName: string; content: string; count: number } {
  const changes = entries.filter((e) => e.status === 'pending');
  const file: PendingExport = {
    format: 'relay-pending-changes',
    version: 1,
    exportedAt: now,
    agent: { id: session.agent.id, name: session.agent.name, email: session.agent.email },
    hub,
    changes: changes.map((e) => ({ mutationId: e.mutationId, name: e.name, args: e.args, createdAt: e.createdAt })),
  };
  const stamp = new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const who = session.agent.email.split('@')[0]?.replace(/[^a-z0-9._-]/gi, '') || 'agent';
  return { fileName: `relay-unsent-changes-${who}-${stamp}.json`, content: `${JSON.stringify(file, null, 2)}\n`, count: changes.length };
}
