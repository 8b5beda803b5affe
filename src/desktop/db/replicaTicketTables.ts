import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Attachment } from '../../core';

export const tickets = sqliteTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    number: integer('number'),
    subject: text('subject').notNull(),
    customerId: text('customer_id').notNull(),
    contactId: text('contact_id'),
    teamId: text('team_id').notNull(),
    assigneeId: text('assignee_id'),
    channel: text('channel', { enum: ['email', 'chat', 'sms', 'social', 'phone'] }).notNull(),
    status: text('status', { enum: ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] }).notNull(),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] }).notNull(),
    orderId: text('order_id'),
    shipmentId: text('shipment_id'),
    firstResponseDueAt: integer('first_response_due_at'),
    resolutionDueAt: integer('resolution_due_at'),
    firstRespondedAt: integer('first_responded_at'),
    solvedAt: integer('solved_at'),
    slaPausedAt: integer('sla_paused_at'),
    slaPausedMs: integer('sla_paused_ms').notNull().default(0),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    lastMessageAt: integer('last_message_at').notNull(),
  },
  (t) => [
    index('tickets_team_idx').on(t.teamId),
    index('tickets_updated_idx').on(t.updatedAt),
    index('tickets_customer_idx').on(t.customerId),
    index('tickets_shipment_idx').on(t.shipmentId),
  ],
);

export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    ticketId: text('ticket_id').notNull(),
    direction: text('direction', { enum: ['inbound', 'outbound', 'note'] }).notNull(),
    channel: text('channel', { enum: ['email', 'chat', 'sms', 'social', 'phone'] }).notNull(),
    authorId: text('author_id'),
    subject: text('subject'),
    body: text('body').notNull(),
    htmlBody: text('html_body'),
    attachments: text('attachments', { mode: 'json' }).$type<Attachment[]>().notNull().default([]),
    externalId: text('external_id'),
    deliveryStatus: text('delivery_status', { enum: ['received', 'queued', 'sent', 'delivered', 'failed'] }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('messages_ticket_idx').on(t.ticketId, t.createdAt)],
);

export const csatResponses = sqliteTable(
  'csat_responses',
  {
    id: text('id').primaryKey(),
    ticketId: text('ticket_id').notNull(),
    customerId: text('customer_id').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('csat_ticket_idx').on(t.ticketId)],
);
