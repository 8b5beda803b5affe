import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import { channelSchema, type MessageRow, type TicketRow } from '../domain/rows';
import { messageRowDefaults } from '../domain/rowDefaults';
import { checkChannelLimit } from '../messages/checkChannelLimit';
import { outboundMessageRow } from '../domain/outboundMessageRow';
import { defineMutation } from './MutationDef';
import { requireAgent, requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';
import { uploadedAttachmentSchema } from '../attachments/uploadedAttachmentSchema';
import { maxAttachmentsPerMessage } from '../attachments/outboundAttachmentLimits';
import { appendSignature } from '../attachments/appendSignature';
import { invoiceIdOfPdfKey } from '../invoices/invoicePdfKey';

export const messageSendArgs = z.object({
  id: idSchema,
  ticketId: idSchema,
  /** `reply` goes to the customer (on `channel`, else the ticket's channel); `note` stays internal. */
  kind: z.enum(['reply', 'note']),
  body: z.string().trim().min(1, 'message is empty').max(100_000, 'message is longer than 100,000 characters'),
  /** Replies only: the customer channel to answer on (e.g. email for a chat ticket); default the ticket's. */
  channel: channelSchema.optional(),
  // Replies block: copies (email replies only), files uploaded to the hub, mentioned agents.
  cc: z.array(z.email({ message: 'is not an email address' })).max(50).default(() => []),
  bcc: z.array(z.email({ message: 'is not an email address' })).max(50).default(() => []),
  attachments: z.array(uploadedAttachmentSchema).max(maxAttachmentsPerMessage, `at most ${maxAttachmentsPerMessage} files`).default(() => []),
  mentions: z.array(idSchema).max(50).default(() => []),
  /** Email replies: append this agent's signature; must be the sender (reads cannot see the actor). */
  signatureOf: idSchema.nullable().default(null),
});
export type MessageSendArgs = z.infer<typeof messageSendArgs>;

/** An agent replies to the customer or adds an internal note. */
export const messageSend = defineMutation({
  name: 'message.send',
  callers: 'agents',
  args: messageSendArgs,
  reads: (args) => [
    { entity: 'tickets', id: args.ticketId },
    { entity: 'messages', id: args.id },
    // The author (their signature) and every mentioned agent (they must exist).
    ...[...new Set([...args.mentions, ...(args.signatureOf ? [args.signatureOf] : [])])].map((id) => ({ entity: 'agents' as const, id })),
    // Invoice PDFs attached by reference: each must be its invoice's current PDF.
    ...args.attachments.flatMap((a) => {
      const id = invoiceIdOfPdfKey(a.storageKey);
      return id ? [{ entity: 'invoices' as const, id }] : [];
    }),
  ],
  apply(args, rows, ctx) {
    const agent = requireAgent(ctx.actor);
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.ticketId), args.ticketId);
    if (rows.get('messages', args.id)) throw new MutationRejection('conflict', `Message ${args.id} already exists.`);
    if (ticket.status === 'closed') {
      throw new MutationRejection('conflict', `Ticket #${ticket.number ?? '—'} is closed; open a follow-up instead.`);
    }
    const channel = args.kind === 'reply' ? (args.channel ?? ticket.channel) : ticket.channel;
    const isEmailReply = args.kind === 'reply' && channel === 'email';
    if (!isEmailReply && args.cc.length + args.bcc.length > 0) {
      throw new MutationRejection('invalid_args', 'CC and BCC are for email replies only.');
    }
    for (const id of args.mentions) {
      if (!rows.get('agents', id)) throw new MutationRejection('not_found', `Mentioned agent ${id} does not exist.`);
    }
    for (const a of args.attachments) {
      const invoiceId = invoiceIdOfPdfKey(a.storageKey);
      if (invoiceId && rows.get('invoices', invoiceId)?.pdf?.storageKey !== a.storageKey) {
        throw new MutationRejection('not_found', `The invoice PDF "${a.name}" is not on the hub (the invoice is unknown or has a newer PDF).`);
      }
    }
    // Notes stay internal, so only replies must fit what the customer's channel carries.
    const limit = args.kind === 'reply' ? checkChannelLimit(channel, args.body) : null;
    if (limit?.message) throw new MutationRejection('invalid_args', limit.message);
    // The signature goes into the stored body, so the thread shows exactly what the customer got.
    if (args.signatureOf !== null && args.signatureOf !== agent.agentId) {
      throw new MutationRejection('forbidden', 'A reply can only carry your own signature.');
    }
    const author = args.signatureOf ? rows.get('agents', args.signatureOf) : undefined;
    const body = isEmailReply && author ? appendSignature(args.body, author.signature) : args.body;
    const extras = { cc: args.cc, bcc: args.bcc, mentions: [...new Set(args.mentions)], attachments: args.attachments };
    const message: MessageRow =
      args.kind === 'reply'
        ? { ...outboundMessageRow({ id: args.id, ticket, channel, body, authorId: agent.agentId, now: ctx.now }), ...extras }
        : {
            ...messageRowDefaults(),
            id: args.id,
            ticketId: ticket.id,
            direction: 'note',
            channel: ticket.channel,
            authorId: agent.agentId,
            body: args.body,
            deliveryStatus: 'sent',
            createdAt: ctx.now,
            ...extras,
            cc: [],
            bcc: [],
          };
    const updated: TicketRow = {
      ...ticket,
      status: args.kind === 'reply' && ticket.status === 'new' ? 'open' : ticket.status,
      updatedAt: ctx.now,
      lastMessageAt: Math.max(ticket.lastMessageAt, ctx.now),
    };
    const scope = teamScope(ticket.teamId);
    return [
      { op: 'upsert', entity: 'messages', id: message.id, scope, row: message },
      { op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: updated },
    ];
  },
});
