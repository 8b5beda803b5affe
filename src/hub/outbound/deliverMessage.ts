import type { Channel } from '../../core';
import type { OutboundConnector, OutboundMessage } from './OutboundMessage';
import { retryWithBackoff, type RetryPolicy } from './retryWithBackoff';

export type OutboundConnectors = Partial<Record<Channel, OutboundConnector>>;

export type DeliveryOutcome =
  | { status: 'sent'; externalId: string; attempts: number }
  | { status: 'failed'; reason: string; attempts: number };

/** Sends through the message channel's connector with bounded retries; never throws. */
export async function deliverMessage(connectors: OutboundConnectors, message: OutboundMessage, policy: RetryPolicy): Promise<DeliveryOutcome> {
  const connector = connectors[message.channel];
  if (!connector) return { status: 'failed', reason: `No outbound connector is configured for ${message.channel}.`, attempts: 0 };
  const result = await retryWithBackoff(() => connector.send(message), policy);
  return result.ok
    ? { status: 'sent', externalId: result.value.externalId, attempts: result.attempts }
    : { status: 'failed', reason: result.error.message, attempts: result.attempts };
}
