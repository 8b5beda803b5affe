import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { FieldType, TagColour } from '../../core';
import { ms } from './columns';

export const kbArticles = pgTable('kb_articles', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  category: text('category').notNull(),
  tags: jsonb('tags').$type<string[]>().notNull(),
  updatedAt: ms('updated_at'),
  authorId: uuid('author_id'),
});

export const macros = pgTable('macros', {
  id: uuid('id').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  channel: text('channel', { enum: ['email', 'chat', 'sms', 'social', 'phone'] }),
  ownerAgentId: uuid('owner_agent_id'),
  archived: boolean('archived').notNull().default(false),
});

export const automations = pgTable('automations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  trigger: text('trigger').notNull(),
  enabled: boolean('enabled').notNull(),
  config: jsonb('config').$type<Record<string, unknown>>().notNull(),
});

export const slaPolicies = pgTable(
  'sla_policies',
  {
    id: uuid('id').primaryKey(),
    priority: text('priority', { enum: ['low', 'normal', 'high', 'urgent'] }).notNull(),
    tier: text('tier', { enum: ['standard', 'gold', 'platinum'] }).notNull(),
    firstResponseMinutes: integer('first_response_minutes').notNull(),
    resolutionMinutes: integer('resolution_minutes').notNull(),
    nextResponseMinutes: integer('next_response_minutes'),
  },
  (t) => [uniqueIndex('sla_policies_priority_tier_idx').on(t.priority, t.tier)],
);

/** Hub-only, never replicated: who did what (admin actions, settings). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull(),
    at: ms('at'),
  },
  (t) => [index('audit_log_at_idx').on(t.at), index('audit_log_entity_idx').on(t.entity, t.entityId)],
);

/** Tag colours and custom field definitions (issue #13): tenant-wide; ids derive from name / key. */
export const tagDefs = pgTable('tag_defs', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  colour: text('colour').$type<TagColour>().notNull(),
  updatedAt: ms('updated_at'),
});

export const fieldDefs = pgTable('field_defs', {
  id: uuid('id').primaryKey(),
  key: text('key').notNull().unique(),
  label: text('label').notNull(),
  type: text('type').$type<FieldType>().notNull(),
  options: jsonb('options').$type<string[]>().notNull().default([]),
  currency: text('currency'),
  updatedAt: ms('updated_at'),
});
