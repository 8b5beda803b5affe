import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import {
  activeTicketStatuses,
  entityRowSchemas,
  teamScope,
  uuidv7,
  type Attachment,
  type Channel,
  type MessageRow,
  type RowChange,
  type TicketRow,
} from '../../../core';
import type { InboundSender } from '../../../core/ingest';
import type { HubContext } from '../../HubContext';
import type { HubTx } from '../../store/openStore';
import { loadRow } from '../../store/rowStore';
import { messages, teams, tickets } from '../../store/schema';
import { allocateSequence } from '../../write/allocateSequence';
import { ingestThreads } from '../ingestTables';
import { findKnownSender } from './findKnownSender';
import { resolveSender } from './resolveSender';
import { runIngestWrite } from './runIngestWrite';

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
 * Stores one inbound message through the change log: on the ticket it threads into (reply
 * headers, subject reference, conversation, or the sender's open ticket on that channel), else
 * on a new ticket. A closed ticket is never reopened: the customer gets a new ticket.
 */
export function storeInboundMessage(ctx: HubContext, input: InboundMessageInput): Promise<StoredMessage> {
  return runIngestWrite(ctx, async (tx, now) => {
    const [dup] = await tx.select({ id: messages.id, ticketId: messages.ticketId }).from(messages).where(eq(messages.externalId, input.externalId)).limit(1);
    if (dup) {
      const ticket = await loadRow(tx, 'tickets', dup.ticketId);
      const value: StoredMessage = { ticketId: dup.ticketId, ticketNumber: ticket?.number ?? null, messageId: dup.id, createdTicket: false, duplicate: true, threadedBy: 'reply' };
      return { changes: [], events: [], value };
    }
    const changes: RowChange[] = [];
    let { ticket, threadedBy } = await findThreadTicket(tx, input);
    if (!ticket) {
      const sender = await resolveSender(tx, input.sender, now);
      changes.push(...sender.changes);
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
        ticket = entityRowSchemas.tickets.parse({
          id: uuidv7(now),
          number: await allocateSequence(tx, 'ticketNumber'),
          subject: (input.subject || '(no subject)').slice(0, 500),
          customerId: sender.customerId,
          contactId: sender.contactId,
          teamId: await teamFor(tx, sender.customerId),
          assigneeId: null,
          channel: input.channel,
          status: 'new',
          priority: 'normal',
          createdAt: now,
          updatedAt: now,
          lastMessageAt: now,
        });
        threadedBy = 'new';
      }
    }
    const createdTicket = threadedBy === 'new';
    const updated: TicketRow = createdTicket
      ? ticket
      : {
          ...ticket,
          // The customer wrote again: work resumes (an agent-side on_hold stays as it is).
          status: ticket.status === 'solved' || ticket.status === 'pending' ? 'open' : ticket.status,
          updatedAt: now,
          lastMessageAt: Math.max(ticket.lastMessageAt, now),
        };
    const message: MessageRow = entityRowSchemas.messages.parse({
      id: uuidv7(now),
      ticketId: ticket.id,
      direction: input.direction,
      channel: input.channel,
      authorId: null,
      subject: input.channel === 'email' ? input.subject.slice(0, 1000) : null,
      body: (input.body.trim() || '(no text)').slice(0, 100_000),
      htmlBody: input.htmlBody,
      attachments: input.attachments,
      externalId: input.externalId,
      deliveryStatus: 'received',
      createdAt: now,
    });
    const scope = teamScope(ticket.teamId);
    changes.push({ op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: updated });
    changes.push({ op: 'upsert', entity: 'messages', id: message.id, scope, row: message });
    if (input.threadKey) {
      await tx.insert(ingestThreads).values({ threadKey: input.threadKey, ticketId: ticket.id }).onConflictDoUpdate({ target: ingestThreads.threadKey, set: { ticketId: ticket.id } });
    }
    await input.beforeWrite?.(tx);
    const value: StoredMessage = { ticketId: ticket.id, ticketNumber: ticket.number, messageId: message.id, createdTicket, duplicate: false, threadedBy };
    return { changes, events: [{ kind: 'message', ticketId: ticket.id, messageId: message.id, created: createdTicket, at: now }], value };
  });
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

/** New tickets go to the team that last handled this customer, else the first team created. */
async function teamFor(tx: HubTx, customerId: string): Promise<string> {
  const [last] = await tx.select({ teamId: tickets.teamId }).from(tickets).where(eq(tickets.customerId, customerId)).orderBy(desc(tickets.createdAt)).limit(1);
  if (last) return last.teamId;
  const [first] = await tx.select({ id: teams.id }).from(teams).orderBy(asc(teams.createdAt), asc(teams.id)).limit(1);
  if (!first) throw new Error('the hub has no team to put an inbound ticket in');
  return first.id;
}
