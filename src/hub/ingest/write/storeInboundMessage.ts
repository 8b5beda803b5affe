import { and, desc, eq, inArray } from 'drizzle-orm';
import {
  activeTicketStatuses,
  uuidv7,
  type Attachment,
  type Channel,
  type ContactRow,
  type CustomerRow,
  type MessageReceiveArgs,
  type TicketRow,
} from '../../../core';
import type { InboundSender } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import type { HubTx } from '../../store/openStore';
import { loadRow } from '../../store/rowStore';
import { messages, tickets } from '../../store/schema';
import { commitMutation } from '../../write/commitMutation';
import type { Transacted } from '../../write/WriteLane';
import { emitIngested, type IngestedEvent } from '../ingestEvents';
import { ingestThreads } from '../ingestTables';
import { findKnownSender } from './findKnownSender';
import { ingestActor } from './ingestActor';
import { resolveSender } from './resolveSender';
import { routeNewTicket } from './routeNewTicket';

export interface InboundMessageInput {
  channel: Channel;
  externalId: string;
  /** Email: Message-IDs this mail replies to (In-Reply-To, References), matched to messages.externalId. */
  replyTo: string[];
  /** Email: a ticket number quoted in the subject ("[#1042]"). */
  ticketNumber: number | null;
  /** Chat session / social thread: messages sharing it stay on one ticket. */
  threadKey: string | null;
  sender: InboundSender;
  subject: string;
  body: string;
  htmlBody: string | null;
  attachments: Attachment[];
  direction: 'inbound' | 'note';
  /** Extra hub-only writes in the same transaction (email attachment bytes). */
  beforeWrite?: (tx: HubTx) => Promise<void>;
}

export interface StoredMessage {
  ticketId: string;
  ticketNumber: number | null;
  messageId: string;
  createdTicket: boolean;
  duplicate: boolean;
  threadedBy: 'reply' | 'subject' | 'thread' | 'open_ticket' | 'new';
}

const CLOSED: TicketRow['status'][] = ['closed'];

/**
 * Stores one inbound message as the core mutation `message.receive` (actor system:ingest),
 * through commitMutation in the write lane: on the ticket it threads into (reply headers,
 * subject reference, conversation, or the sender's open ticket on that channel), else on a
 * new ticket. The finding is hub reads done here; the rows written are the mutation's.
 * A closed ticket is never reopened: the customer gets a new ticket.
 */
export async function storeInboundMessage(ctx: HubContext, input: InboundMessageInput): Promise<StoredMessage> {
  const done = await ctx.lane.transact(async (tx): Promise<Transacted<{ stored: StoredMessage; events: IngestedEvent[] }>> => {
    const now = ctx.now();
    const [dup] = await tx.select({ id: messages.id, ticketId: messages.ticketId }).from(messages).where(eq(messages.externalId, input.externalId)).limit(1);
    if (dup) {
      const ticket = await loadRow(tx, 'tickets', dup.ticketId);
      const stored: StoredMessage = { ticketId: dup.ticketId, ticketNumber: ticket?.number ?? null, messageId: dup.id, createdTicket: false, duplicate: true, threadedBy: 'reply' };
      return { value: { stored, events: [] }, batches: [] };
    }
    let { ticket, threadedBy } = await findThreadTicket(tx, input);
    let newTicket: MessageReceiveArgs['newTicket'] = null;
    let newCustomer: CustomerRow | null = null;
    let newContact: ContactRow | null = null;
    if (!ticket) {
      const sender = await resolveSender(tx, input.sender, now);
      for (const change of sender.changes) {
        if (change.op === 'upsert' && change.entity === 'customers') newCustomer = change.row;
        if (change.op === 'upsert' && change.entity === 'contacts') newContact = change.row;
      }
      if (!sender.created) {
        const [open] = await tx
          .select({ id: tickets.id })
          .from(tickets)
          .where(and(eq(tickets.customerId, sender.customerId), eq(tickets.channel, input.channel), inArray(tickets.status, [...activeTicketStatuses])))
          .orderBy(desc(tickets.lastMessageAt))
          .limit(1);
        // Email threads by headers and subject only: a new mail with a new subject is a new matter.
        if (open && input.channel !== 'email') {
          ticket = await loadRow(tx, 'tickets', open.id);
          threadedBy = 'open_ticket';
        }
      }
      if (!ticket) {
        newTicket = await routeNewTicket(ctx, tx, sender.customerId, sender.contactId, { channel: input.channel, subject: input.subject, body: input.body }, newCustomer);
        threadedBy = 'new';
      }
    }
    const args: MessageReceiveArgs = {
      messageId: uuidv7(now),
      ticketId: ticket?.id ?? uuidv7(now),
      newTicket,
      newCustomer,
      newContact,
      direction: input.direction,
      channel: input.channel,
      externalId: input.externalId,
      subject: input.subject,
      body: input.body,
      htmlBody: input.htmlBody,
      attachments: input.attachments,
    };
    const committed = await commitMutation(tx, { name: 'message.receive', args }, ingestActor, now);
    const written = committed.changes.find((c) => c.entity === 'tickets');
    const ticketNumber = written?.op === 'upsert' && written.entity === 'tickets' ? written.row.number : null;
    if (input.threadKey) {
      await tx.insert(ingestThreads).values({ threadKey: input.threadKey, ticketId: args.ticketId }).onConflictDoUpdate({ target: ingestThreads.threadKey, set: { ticketId: args.ticketId } });
    }
    await input.beforeWrite?.(tx);
    const createdTicket = newTicket !== null;
    const stored: StoredMessage = { ticketId: args.ticketId, ticketNumber, messageId: args.messageId, createdTicket, duplicate: false, threadedBy };
    const events: IngestedEvent[] = [{ kind: 'message', ticketId: args.ticketId, messageId: args.messageId, created: createdTicket, at: now }];
    return { value: { stored, events }, batches: committed.batches };
  });
  await emitIngested(ctx, done.events);
  return done.stored;
}

async function findThreadTicket(tx: HubTx, input: InboundMessageInput): Promise<{ ticket: TicketRow | undefined; threadedBy: StoredMessage['threadedBy'] }> {
  const usable = (t: TicketRow | undefined): TicketRow | undefined => (t && !CLOSED.includes(t.status) ? t : undefined);
  if (input.replyTo.length > 0) {
    const [hit] = await tx.select({ ticketId: messages.ticketId }).from(messages).where(inArray(messages.externalId, input.replyTo)).limit(1);
    const ticket = usable(hit ? await loadRow(tx, 'tickets', hit.ticketId) : undefined);
    if (ticket) return { ticket, threadedBy: 'reply' };
  }
  if (input.ticketNumber !== null) {
    const [hit] = await tx.select({ id: tickets.id }).from(tickets).where(eq(tickets.number, input.ticketNumber)).limit(1);
    const ticket = usable(hit ? await loadRow(tx, 'tickets', hit.id) : undefined);
    // Ticket numbers are guessable: only the ticket's own customer may write into it by number.
    const sender = ticket ? await findKnownSender(tx, input.sender.email?.toLowerCase() ?? null, input.sender.phone, input.sender.handle) : null;
    if (ticket && sender?.customerId === ticket.customerId) return { ticket, threadedBy: 'subject' };
  }
  if (input.threadKey) {
    const [hit] = await tx.select({ ticketId: ingestThreads.ticketId }).from(ingestThreads).where(eq(ingestThreads.threadKey, input.threadKey));
    const ticket = usable(hit ? await loadRow(tx, 'tickets', hit.ticketId) : undefined);
    if (ticket && ticket.status !== 'solved') return { ticket, threadedBy: 'thread' };
  }
  return { ticket: undefined, threadedBy: 'new' };
}
