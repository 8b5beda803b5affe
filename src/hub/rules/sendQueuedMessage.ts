import { teamScope, type MessageRow } from '../../core';
import type { HubContext } from '../HubContext';
import { loadRow } from '../store/rowStore';
import type { HubTx } from '../store/openStore';
import { deliverMessage, type OutboundConnectors } from '../outbound/deliverMessage';
import { defaultRetryPolicy, type RetryPolicy } from '../outbound/retryWithBackoff';
import { buildOutboundMessage } from './buildOutboundMessage';
import { runRulesWrite } from './runRulesWrite';

/**
 * Sends one queued outbound message (agent reply or automation) through its channel's
 * connector, outside any transaction, then writes the outcome back through the write path:
 * `sent` with the channel's id as externalId, or `failed` with the reason in the audit log.
 * A message no longer queued (sent by another run, edited away) is left alone.
 */
export async function sendQueuedMessage(
  ctx: HubContext,
  connectors: OutboundConnectors,
  messageId: string,
  now: () => number,
  retry: RetryPolicy = defaultRetryPolicy,
): Promise<'sent' | 'failed' | 'skipped'> {
  const message = await loadRow(ctx.db as unknown as HubTx, 'messages', messageId);
  if (!message || message.direction !== 'outbound' || message.deliveryStatus !== 'queued') return 'skipped';
  const outbound = await buildOutboundMessage(ctx.db, message);
  const outcome = outbound
    ? await deliverMessage(connectors, outbound, retry)
    : ({ status: 'failed', reason: 'The ticket or customer of this message no longer exists.', attempts: 0 } as const);
  const at = now();
  return runRulesWrite(ctx, at, async (tx) => {
    const current = await loadRow(tx, 'messages', messageId);
    const ticket = current ? await loadRow(tx, 'tickets', current.ticketId) : undefined;
    if (!current || !ticket || current.deliveryStatus !== 'queued') return { value: 'skipped' as const, changes: [], audit: [] };
    const row: MessageRow =
      outcome.status === 'sent'
        ? { ...current, deliveryStatus: 'sent', externalId: outcome.externalId }
        : { ...current, deliveryStatus: 'failed' };
    return {
      value: outcome.status,
      changes: [{ op: 'upsert', entity: 'messages', id: row.id, scope: teamScope(ticket.teamId), row }],
      audit:
        outcome.status === 'failed'
          ? [{ action: 'message.delivery_failed', entity: 'messages', entityId: row.id, detail: { reason: outcome.reason, attempts: outcome.attempts } }]
          : [{ action: 'message.sent', entity: 'messages', entityId: row.id, detail: { externalId: outcome.externalId, attempts: outcome.attempts } }],
    };
  });
}
