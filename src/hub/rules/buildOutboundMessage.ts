import { asc, eq } from 'drizzle-orm';
import type { MessageRow } from '../../core';
import type { HubDb, HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';
import { messages } from '../store/schema';
import type { OutboundFile, OutboundMessage } from '../outbound/OutboundMessage';
import { OutboundError } from '../outbound/OutboundError';
import type { BlobStore } from '../blobs/BlobStore';

/** Email threads keep at most this many ids in References (RFC 5322 allows trimming the middle). */
const maxReferences = 10;

/**
 * Everything a connector needs for one queued message: recipient (the ticket's contact, else
 * the customer), ticket reference, and email threading — In-Reply-To the customer's last
 * inbound message, References the thread's earlier ids. null when the rows are gone.
 */
export async function buildOutboundMessage(db: HubDb | HubTx, message: MessageRow, blobs?: BlobStore): Promise<OutboundMessage | null> {
  const ticket = await loadRow(db as HubTx, 'tickets', message.ticketId);
  if (!ticket) return null;
  const [customer, contact, thread] = await Promise.all([
    loadRow(db as HubTx, 'customers', ticket.customerId),
    ticket.contactId ? loadRow(db as HubTx, 'contacts', ticket.contactId) : Promise.resolve(undefined),
    db
      .select({ id: messages.id, direction: messages.direction, externalId: messages.externalId, createdAt: messages.createdAt })
      .from(messages)
      .where(eq(messages.ticketId, ticket.id))
      .orderBy(asc(messages.createdAt), asc(messages.id)),
  ]);
  if (!customer) return null;
  const earlier = thread.filter((m) => m.id !== message.id && m.createdAt <= message.createdAt && m.externalId);
  const lastInbound = [...earlier].reverse().find((m) => m.direction === 'inbound');
  const inReplyTo = lastInbound?.externalId ?? null;
  const references = earlier
    .map((m) => m.externalId!)
    .filter((id) => id !== inReplyTo && id.startsWith('<'))
    .slice(-maxReferences);
  return {
    messageId: message.id,
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    channel: message.channel,
    subject: message.subject ?? ticket.subject,
    body: message.body,
    to: {
      customerId: customer.id,
      name: contact?.name ?? customer.name,
      email: contact?.email ?? customer.email,
      phone: contact?.phone ?? customer.phone,
    },
    inReplyTo,
    references,
    cc: message.cc,
    bcc: message.bcc,
    attachments: blobs ? message.attachments.map((a) => outboundFile(blobs, a)) : [],
  };
}

function outboundFile(blobs: BlobStore, a: MessageRow['attachments'][number]): OutboundFile {
  return {
    ...a,
    async read() {
      const blob = await blobs.get(a.storageKey);
      // The desktop pushes a reply after its uploads; a missing file is one still on its way (retried).
      if (!blob) throw new OutboundError(`Attachment "${a.name}" has not reached the hub yet.`, false);
      return blob.bytes;
    },
  };
}
