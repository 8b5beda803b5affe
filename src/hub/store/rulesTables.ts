import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ms } from './columns';

/**
 * Hub-only rules state (never replicated): proactive notifications put off by quiet hours,
 * waiting for their time. In the database, not in a node's memory, so a restart or another
 * node still sends them; the row is deleted in the same transaction that acts on it.
 */
export const deferredNotifications = pgTable(
  'deferred_notifications',
  {
    id: uuid('id').primaryKey(),
    automationId: uuid('automation_id').notNull(),
    /** automation:trigger:shipment:exception — the same deferral is stored once. */
    dedupeKey: text('dedupe_key').notNull().unique(),
    /** The ShipmentTrigger that was deferred (validated with zod when read back). */
    trigger: jsonb('trigger').$type<Record<string, unknown>>().notNull(),
    dueAt: ms('due_at'),
    createdAt: ms('created_at'),
  },
  (t) => [index('deferred_notifications_due_idx').on(t.dueAt, t.id)],
);

/**
 * Which hub node is sending a queued outbound message, so one message goes out once across N
 * nodes. A separate table (not columns on messages) because every messages column replicates
 * to desktops. A claim older than the timeout (a crashed node) may be taken over.
 */
export const outboundClaims = pgTable('outbound_claims', {
  messageId: uuid('message_id').primaryKey(),
  claimedBy: text('claimed_by').notNull(),
  claimedAt: ms('claimed_at'),
});
