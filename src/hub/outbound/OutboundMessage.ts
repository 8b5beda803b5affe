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
  // Replies block (absent on messages that have none).
  /** Email copies. */
  cc?: readonly string[];
  bcc?: readonly string[];
  /** Files the agent attached: email sends them as MIME parts, webhooks as signed URLs. */
  attachments?: readonly OutboundFile[];
}

/** A file on an outbound message; its bytes are read only by a connector that sends them. */
export interface OutboundFile {
  name: string;
  contentType: string;
  size: number;
  storageKey: string;
  /** Throws a transient OutboundError while the desktop's upload has not arrived. */
  read(): Promise<Buffer>;
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
