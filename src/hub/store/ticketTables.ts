import { bigint, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import type { Attachment, CallDetails, TicketFields } from '../../core';
import { ms, msOrNull } from './columns';
import { orders, shipments } from './logisticsTables';
import { agents, contacts, customers, teams } from './peopleTables';

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey(),
    number: bigint('number', { mode: 'number' }).unique(),
    subject: text('subject').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    contactId: uuid('contact_id').references(() => contacts.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    assigneeId: uuid('assignee_id').references(() => agents.id),
    channel: text('channel', { enum: ['email', 'chat', 'sms', 'social', 'phone'] }).notNull(),
    status: text('status', { enum: ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] }).notNull(),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] }).notNull(),
    orderId: uuid('order_id').references(() => orders.id),
    shipmentId: uuid('shipment_id').references(() => shipments.id),
    firstResponseDueAt: msOrNull('first_response_due_at'),
    resolutionDueAt: msOrNull('resolution_due_at'),
    firstRespondedAt: msOrNull('first_responded_at'),
    solvedAt: msOrNull('solved_at'),
    slaPausedAt: msOrNull('sla_paused_at'),
    slaPausedMs: bigint('sla_paused_ms', { mode: 'number' }).notNull().default(0),
    nextResponseSince: msOrNull('next_response_since'),
    nextResponseDueAt: msOrNull('next_response_due_at'),
    nextResponsePausedMs: bigint('next_response_paused_ms', { mode: 'number' }).notNull().default(0),
    slaAtRiskAt: msOrNull('sla_at_risk_at'),
    /** The ticket this duplicate was merged into (ticket.merge); no FK so merges never block deletes. */
    mergedIntoId: uuid('merged_into_id'),
    tags: jsonb('tags').$type<string[]>().notNull().default([]),
    fields: jsonb('fields').$type<TicketFields>().notNull().default({}),
    createdAt: ms('created_at'),
    updatedAt: ms('updated_at'),
    lastMessageAt: ms('last_message_at'),
  },
  (t) => [
    index('tickets_team_idx').on(t.teamId, t.id),
    index('tickets_team_status_idx').on(t.teamId, t.status),
    index('tickets_customer_idx').on(t.customerId),
    index('tickets_shipment_idx').on(t.shipmentId),
    index('tickets_order_idx').on(t.orderId),
  ],
);

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => tickets.id),
    direction: text('direction', { enum: ['inbound', 'outbound', 'note'] }).notNull(),
    channel: text('channel', { enum: ['email', 'chat', 'sms', 'social', 'phone'] }).notNull(),
    authorId: uuid('author_id').references(() => agents.id),
    subject: text('subject'),
    body: text('body').notNull(),
    htmlBody: text('html_body'),
    attachments: jsonb('attachments').$type<Attachment[]>().notNull().default([]),
    externalId: text('external_id'),
    deliveryStatus: text('delivery_status', { enum: ['received', 'queued', 'held', 'sent', 'delivered', 'failed'] }).notNull(),
    call: jsonb('call').$type<CallDetails>(),
    createdAt: ms('created_at'),
    // Replies block: email copies and @mentioned agent ids.
    cc: jsonb('cc').$type<string[]>().notNull().default([]),
    bcc: jsonb('bcc').$type<string[]>().notNull().default([]),
    mentions: jsonb('mentions').$type<string[]>().notNull().default([]),
  },
  (t) => [
    index('messages_ticket_idx').on(t.ticketId, t.id),
    index('messages_ticket_created_idx').on(t.ticketId, t.createdAt),
    index('messages_external_idx').on(t.externalId),
  ],
);

export const csatResponses = pgTable(
  'csat_responses',
  {
    id: uuid('id').primaryKey(),
    // No foreign keys: a survey answer outlives ticket moves and is only ever added.
    ticketId: uuid('ticket_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    score: integer('score').notNull(),
    comment: text('comment'),
    createdAt: ms('created_at'),
  },
  (t) => [index('csat_ticket_idx').on(t.ticketId)],
);
