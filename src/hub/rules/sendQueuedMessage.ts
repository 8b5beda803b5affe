import { teamScope, type MessageRow } from '../../core';
import type { HubContext } from '../HubContext';
import { blobStoreOf } from '../blobs/blobStoreOf';
import { claimOutboundMessage, defaultClaimTimeoutMs } from '../outbound/claimOutboundMessage';
import { deliverMessage, type OutboundConnectors } from '../outbound/deliverMessage';
import { defaultRetryPolicy, type RetryPolicy } from '../outbound/retryWithBackoff';
import { loadRow } from '../store/rowStore';
import type { HubTx } from '../store/openStore';
import { buildOutboundMessage } from './buildOutboundMessage';
import { holdMessages } from './holdMessages';
import { runRulesWrite, type RulesWork } from './runRulesWrite';

export interface SendClaim {
  /** This node's id in outbound_claims. */
  nodeId: string;
  timeoutMs?: number;
}

export type SendOutcome = 'sent' | 'failed' | 'held' | 'skipped';

/**
 * Sends one waiting outbound message (agent reply or automation) through its channel's
 * connector, outside any transaction, then writes the outcome through the write path: `sent`
 * with the channel's id as externalId, or `failed` with the reason in the audit log.
 * - No connector for the channel on this hub: the message is `held` (audited `message.held`
 *   with the reason), not failed; a sweep sends it once a connector is configured.
 * - Several hub nodes: the message is claimed first (outbound_claims); a node that cannot
 *   claim it leaves it alone, so one node sends it. The claim stays after the outcome (see
 *   claimOutboundMessage for why); pruneOutboundClaims removes old ones.
 * A message no longer waiting (sent by another run, edited away) is left alone.
 */
export async function sendQueuedMessage(
  ctx: HubContext,
  connectors: OutboundConnectors,
  messageId: string,
  now: () => number,
  retry: RetryPolicy = defaultRetryPolicy,
  claim: SendClaim = { nodeId: 'local' },
): Promise<SendOutcome> {
  const message = await loadRow(ctx.db as unknown as HubTx, 'messages', messageId);
  if (!message || message.direction !== 'outbound' || (message.deliveryStatus !== 'queued' && message.deliveryStatus !== 'held')) return 'skipped';
  if (!connectors[message.channel]) return message.deliveryStatus === 'queued' && (await holdMessages(ctx, [messageId], now())).length > 0 ? 'held' : 'skipped';
  if (!(await claimOutboundMessage(ctx.db, messageId, claim.nodeId, now(), claim.timeoutMs ?? defaultClaimTimeoutMs))) return 'skipped';
  const outbound = await buildOutboundMessage(ctx.db, message, blobStoreOf(ctx));
  const outcome = outbound
    ? await deliverMessage(connectors, outbound, retry)
    : ({ status: 'failed', reason: 'The ticket or customer of this message no longer exists.', attempts: 0 } as const);
  return runRulesWrite(ctx, now(), async (tx) => {
    const current = await loadRow(tx, 'messages', messageId);
    const ticket = current ? await loadRow(tx, 'tickets', current.ticketId) : undefined;
    if (!current || !ticket || (current.deliveryStatus !== 'queued' && current.deliveryStatus !== 'held')) return skipped;
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

const skipped: RulesWork<SendOutcome> = { value: 'skipped', changes: [], audit: [] };
