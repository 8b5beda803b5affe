import type { Channel } from '../../core';

/** One outbound message as connectors see it: everything needed to send, nothing to look up. */
export interface OutboundMessage {
  /** Relay's message id (also the basis of the email Message-ID and provider idempotency key). */
  messageId: string;
  ticketId: string;
  ticketNumber: number | null;
  channel: Channel;
  /** The ticket's subject; email adds the `[#number]` reference. */
  subject: string;
  /** Plain text; email also gets an HTML form of it. */
  body: string;
  to: { customerId: string; name: string | null; email: string | null; phone: string | null };
  /** Email threading: Message-ID of the customer's last inbound message, and the chain before it. */
  inReplyTo: string | null;
  references: readonly string[];
}

/** What a connector reports on success: the channel's own id for the message. */
export interface SendReceipt {
  externalId: string;
}

/** Sends on one channel; throws OutboundError (permanent or transient) on failure. */
export interface OutboundConnector {
  send(message: OutboundMessage): Promise<SendReceipt>;
  close?(): void;
}
