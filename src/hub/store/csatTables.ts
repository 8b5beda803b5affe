import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ms, msOrNull } from './columns';

/**
 * Hub-only (never replicated): the satisfaction survey of each solved ticket, from its
 * scheduling to its sending, and the facts a signed link is checked against. What agents see
 * replicates elsewhere: the survey message in the thread, the answer as a csat_responses row
 * whose id is this survey's. One survey per ticket (a sent one is never sent again).
 */
export const csatSurveys = pgTable(
  'csat_surveys',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id').notNull().unique(),
    customerId: uuid('customer_id').notNull(),
    /** scheduled → sent | skipped; a skipped survey is scheduled again when the ticket is solved again. */
    status: text('status').$type<'scheduled' | 'sent' | 'skipped'>().notNull(),
    /** The solve this survey follows: a ticket solved again (a new time) is scheduled again unless already surveyed. */
    solvedAt: ms('solved_at'),
    /** When the rules look at it next (solved + delay, or the end of quiet hours). */
    dueAt: ms('due_at'),
    channel: text('channel'),
    messageId: uuid('message_id'),
    sentAt: msOrNull('sent_at'),
    /** Links stop accepting answers at this time (signed into every link too). */
    expiresAt: msOrNull('expires_at'),
    skipReason: text('skip_reason'),
    createdAt: ms('created_at'),
  },
  (t) => [index('csat_surveys_due_idx').on(t.status, t.dueAt), index('csat_surveys_customer_idx').on(t.customerId, t.sentAt)],
);
