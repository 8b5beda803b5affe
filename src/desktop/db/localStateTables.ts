import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
  /** Failed sends of this entry that were the hub's or the network's fault (not a refusal). */
  attempts: integer('attempts').notNull().default(0),
  /** The reason of the last failed send, shown in the header while it retries. */
  lastError: text('last_error'),
});

/**
 * Unsent changes of an agent who is no longer signed in on this computer, kept for them
 * (not sent under anyone else's session) until they sign in again or export them.
 */
export const parkedChanges = sqliteTable('parked_changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  ownerAgentId: text('owner_agent_id').notNull(),
  ownerName: text('owner_name').notNull(),
  /** The session's hub reference (an address or `embedded:`). */
  ownerHub: text('owner_hub').notNull(),
  mutationId: text('mutation_id').notNull().unique(),
  name: text('name').notNull(),
  args: text('args').notNull(),
  createdAt: integer('created_at').notNull(),
  parkedAt: integer('parked_at').notNull(),
});

/** Records the agent opened recently (fetched history included): spared by the replica prune for a while. */
export const recentOpens = sqliteTable(
  'recent_opens',
  {
    entity: text('entity').notNull(),
    id: text('id').notNull(),
    openedAt: integer('opened_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.id] })],
);

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
