import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';

// Column keys mirror the core row fields exactly, so a selected row IS the core row
// (agents aside: password_hash is hub-only and never selected for replication).
// Timestamps are epoch ms (bigint, read as JS numbers) like everywhere in Relay.

const ms = (name: string) => bigint(name, { mode: 'number' }).notNull();

/** Human ticket references (#1001, #1002…); allocated only by the hub's write path. */
export const ticketNumber = pgSequence('ticket_number', { startWith: 1001 });

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: ms('created_at'),
});

export const agents = pgTable(
  'agents',
  {
    id: uuid('id').primaryKey(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    name: text('name').notNull(),
    /** Stored lower-case so sign-in is case-insensitive. */
    email: text('email').notNull().unique(),
    role: text('role', { enum: ['agent', 'lead', 'admin'] }).notNull(),
    createdAt: ms('created_at'),
    /** argon2id hash; null = cannot sign in. Never leaves the hub. */
    passwordHash: text('password_hash'),
  },
  (t) => [index('agents_team_idx').on(t.teamId)],
);

export const customers = pgTable('customers', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email'),
  phone: text('phone'),
  kind: text('kind', { enum: ['b2b', 'b2c'] }).notNull(),
  tier: text('tier', { enum: ['standard', 'gold', 'platinum'] }).notNull(),
  createdAt: ms('created_at'),
  updatedAt: ms('updated_at'),
});

export const tickets = pgTable(
  'tickets',
  {
    id: uuid('id').primaryKey(),
    number: bigint('number', { mode: 'number' }).unique(),
    subject: text('subject').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    assigneeId: uuid('assignee_id').references(() => agents.id),
    channel: text('channel', { enum: ['email', 'chat', 'sms', 'social', 'phone'] }).notNull(),
    status: text('status', { enum: ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] }).notNull(),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] }).notNull(),
    createdAt: ms('created_at'),
    updatedAt: ms('updated_at'),
    lastMessageAt: ms('last_message_at'),
  },
  (t) => [index('tickets_team_idx').on(t.teamId, t.id)],
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
    body: text('body').notNull(),
    deliveryStatus: text('delivery_status', { enum: ['received', 'queued', 'sent', 'delivered', 'failed'] }).notNull(),
    createdAt: ms('created_at'),
  },
  (t) => [index('messages_ticket_idx').on(t.ticketId, t.id)],
);

/** The change log: every committed write, in commit order (writes hold a global advisory lock). */
export const changes = pgTable(
  'changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    scope: text('scope').notNull(),
    entity: text('entity', { enum: ['teams', 'agents', 'customers', 'tickets', 'messages'] }).notNull(),
    entityId: text('entity_id').notNull(),
    op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
    row: jsonb('row').$type<Record<string, unknown>>(),
    /** The mutation that wrote it; null for seeding and other hub-internal writes. */
    mutationId: uuid('mutation_id'),
    createdAt: ms('created_at'),
  },
  (t) => [index('changes_scope_seq_idx').on(t.scope, t.seq)],
);

/** Idempotency: a (client, mutation) pair is applied once; retries get the stored result. */
export const appliedMutations = pgTable(
  'applied_mutations',
  {
    clientId: uuid('client_id').notNull(),
    mutationId: uuid('mutation_id').notNull(),
    agentId: uuid('agent_id').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    createdAt: ms('created_at'),
  },
  (t) => [primaryKey({ columns: [t.clientId, t.mutationId] })],
);

/** Hub-wide settings (e.g. the token secret when the store is PostgreSQL and no env secret is set). */
export const hubSettings = pgTable('hub_settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
