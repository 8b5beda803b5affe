import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/*
 * The desktop replica. Replicated tables mirror the core row schemas column for column and
 * declare no foreign keys: rows arrive in any order (a message may land before its ticket).
 * This file imports only drizzle so drizzle-kit can load it on its own.
 */

export const teams = sqliteTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const agents = sqliteTable('agents', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  role: text('role', { enum: ['agent', 'lead', 'admin'] }).notNull(),
  createdAt: integer('created_at').notNull(),
});

export const customers = sqliteTable('customers', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email'),
  phone: text('phone'),
  kind: text('kind', { enum: ['b2b', 'b2c'] }).notNull(),
  tier: text('tier', { enum: ['standard', 'gold', 'platinum'] }).notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const tickets = sqliteTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    number: integer('number'),
    subject: text('subject').notNull(),
    customerId: text('customer_id').notNull(),
    teamId: text('team_id').notNull(),
    assigneeId: text('assignee_id'),
    channel: text('channel', { enum: ['email', 'chat', 'sms', 'social', 'phone'] }).notNull(),
    status: text('status', { enum: ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] }).notNull(),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    lastMessageAt: integer('last_message_at').notNull(),
  },
  (t) => [index('tickets_team_idx').on(t.teamId), index('tickets_updated_idx').on(t.updatedAt)],
);

export const messages = sqliteTable(
  'messages',
  {
    id: text('id').primaryKey(),
    ticketId: text('ticket_id').notNull(),
    direction: text('direction', { enum: ['inbound', 'outbound', 'note'] }).notNull(),
    channel: text('channel', { enum: ['email', 'chat', 'sms', 'social', 'phone'] }).notNull(),
    authorId: text('author_id'),
    body: text('body').notNull(),
    deliveryStatus: text('delivery_status', { enum: ['received', 'queued', 'sent', 'delivered', 'failed'] }).notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('messages_ticket_idx').on(t.ticketId, t.createdAt)],
);

/** Small key/value facts about this replica: clientId, session, cursors (values are JSON). */
export const syncState = sqliteTable('sync_state', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Local writes the hub has not yet confirmed, in the order they were made. */
export const outbox = sqliteTable('outbox', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  mutationId: text('mutation_id').notNull().unique(),
  name: text('name').notNull(),
  args: text('args').notNull(),
  createdAt: integer('created_at').notNull(),
  status: text('status', { enum: ['pending', 'acked'] }).notNull().default('pending'),
  /** JSON {scope: seq} from the hub's ack; the entry is dropped once the cursors reach them. */
  ackSeqs: text('ack_seqs'),
});

/** The hub's version of each row the outbox has overwritten locally; row null = absent on the hub. */
export const stash = sqliteTable(
  'stash',
  {
    entity: text('entity').notNull(),
    id: text('id').notNull(),
    row: text('row'),
  },
  (t) => [primaryKey({ columns: [t.entity, t.id] })],
);

/** Mutations the hub refused, kept so the agent can be told why. */
export const failedMutations = sqliteTable('failed_mutations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  args: text('args').notNull(),
  code: text('code').notNull(),
  message: text('message').notNull(),
  failedAt: integer('failed_at').notNull(),
});
