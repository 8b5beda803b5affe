import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Attachment, CallDetails, TicketFields } from '../../core';
import { ticketPriorityRankSql } from './ticketPriorityRankSql';
import { ticketSlaDueSql } from './ticketSlaDueSql';

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
    nextResponseSince: integer('next_response_since'),
    nextResponseDueAt: integer('next_response_due_at'),
    nextResponsePausedMs: integer('next_response_paused_ms').notNull().default(0),
    slaAtRiskAt: integer('sla_at_risk_at'),
    mergedIntoId: text('merged_into_id'),
    tags: text('tags', { mode: 'json' }).$type<string[]>().notNull().default([]),
    fields: text('fields', { mode: 'json' }).$type<TicketFields>().notNull().default({}),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    lastMessageAt: integer('last_message_at').notNull(),
  },
  (t) => [
    index('tickets_team_idx').on(t.teamId),
    index('tickets_updated_idx').on(t.updatedAt),
    index('tickets_customer_idx').on(t.customerId),
    index('tickets_shipment_idx').on(t.shipmentId),
    index('tickets_number_idx').on(t.number),
    // Inbox views, filters and sorts (listTickets / countTickets) on 100k tickets.
    index('tickets_assignee_updated_idx').on(t.assigneeId, t.updatedAt),
    index('tickets_team_updated_idx').on(t.teamId, t.updatedAt),
    index('tickets_status_updated_idx').on(t.status, t.updatedAt),
    index('tickets_channel_updated_idx').on(t.channel, t.updatedAt),
    index('tickets_created_idx').on(t.createdAt),
    index('tickets_merged_into_idx').on(t.mergedIntoId),
    index('tickets_sla_next_idx').on(sql.raw(ticketSlaDueSql)),
    index('tickets_priority_rank_idx').on(sql.raw(ticketPriorityRankSql), t.updatedAt),
    // Dashboard panels (desktop/queries/dashboard): covering indexes, so a period reads no ticket rows.
    index('tickets_status_channel_idx').on(t.status, t.channel, t.teamId),
    index('tickets_first_responded_idx').on(t.firstRespondedAt, t.createdAt, t.teamId),
    index('tickets_solved_idx').on(t.solvedAt, t.createdAt, t.teamId),
    index('tickets_fr_due_idx').on(t.firstResponseDueAt, t.firstRespondedAt, t.slaPausedAt, t.teamId),
    index('tickets_resolution_due_idx').on(t.resolutionDueAt, t.solvedAt, t.slaPausedAt, t.teamId),
    // "SLA at risk": null unless a target runs, so the range ≤ now reads only running clocks.
    index('tickets_sla_at_risk_idx').on(t.slaAtRiskAt),
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
    deliveryStatus: text('delivery_status', { enum: ['received', 'queued', 'held', 'sent', 'delivered', 'failed'] }).notNull(),
    call: text('call', { mode: 'json' }).$type<CallDetails>(),
    createdAt: integer('created_at').notNull(),
    // Replies block: email copies and @mentioned agent ids.
    cc: text('cc', { mode: 'json' }).$type<string[]>().notNull().default([]),
    bcc: text('bcc', { mode: 'json' }).$type<string[]>().notNull().default([]),
    mentions: text('mentions', { mode: 'json' }).$type<string[]>().notNull().default([]),
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
  (t) => [
    index('csat_ticket_idx').on(t.ticketId),
    index('csat_customer_idx').on(t.customerId),
    // Dashboard CSAT panel.
    index('csat_created_idx').on(t.createdAt, t.score, t.ticketId),
  ],
);
