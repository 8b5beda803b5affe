import type { OpenException, ShellNotification } from './ShellNotification';
import { MAX_SEPARATE_NOTIFICATIONS } from './ticketNotifications';

const urgentSeverities: ReadonlySet<string> = new Set(['high', 'critical']);

/**
 * Leads and admins hear about new high/critical exceptions that are still open; agents never
 * (their work reaches them as tickets). `previous` null is the silent baseline, as for tickets.
 */
export function exceptionNotifications(
  role: string,
  previous: ReadonlySet<string> | null,
  next: readonly OpenException[],
): ShellNotification[] {
  if (previous === null || (role !== 'lead' && role !== 'admin')) return [];
  const fresh = next.filter((e) => !previous.has(e.id) && e.status === 'open' && urgentSeverities.has(e.severity));
  const targetOf = (e: OpenException) => (e.ticketId ? { kind: 'ticket' as const, id: e.ticketId } : { kind: 'exception' as const, id: e.id });
  if (fresh.length > MAX_SEPARATE_NOTIFICATIONS) {
    return [{ target: targetOf(fresh[0]!), title: `${fresh.length} new urgent exceptions`, body: fresh.map((e) => e.title).slice(0, 3).join('\n') }];
  }
  return fresh.map((e) => ({ target: targetOf(e), title: `New ${e.severity} exception`, body: e.title }));
}
