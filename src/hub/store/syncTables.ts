import { bigserial, index, jsonb, pgSequence, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import type { EntityName } from '../../core';
import { ms } from './columns';

/** Human ticket references (#1001, #1002…); allocated only by the hub's write path. */
export const ticketNumber = pgSequence('ticket_number', { startWith: 1001 });

/** The change log: every committed write, in commit order (writes hold a global advisory lock). */
export const changes = pgTable(
  'changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    scope: text('scope').notNull(),
    entity: text('entity').$type<EntityName>().notNull(),
    entityId: text('entity_id').notNull(),
    op: text('op', { enum: ['upsert', 'delete'] }).notNull(),
    row: jsonb('row').$type<Record<string, unknown>>(),
    /** The mutation that wrote it; null for seeding and other hub-internal writes. */
    mutationId: uuid('mutation_id'),
    createdAt: ms('created_at'),
  },
  // By record: a ticket's history (every version of it) is read without scanning the log.
  (t) => [index('changes_scope_seq_idx').on(t.scope, t.seq), index('changes_entity_idx').on(t.entity, t.entityId, t.seq)],
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
