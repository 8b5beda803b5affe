import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { Channel, CustomerTier, FieldType, TagColour, TicketPriority } from '../../core';

export const kbArticles = sqliteTable('kb_articles', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  category: text('category').notNull(),
  tags: text('tags', { mode: 'json' }).$type<string[]>().notNull(),
  updatedAt: integer('updated_at').notNull(),
  authorId: text('author_id'),
});

export const macros = sqliteTable('macros', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  channel: text('channel').$type<Channel>(),
  ownerAgentId: text('owner_agent_id'),
  archived: integer('archived', { mode: 'boolean' }).notNull().default(false),
});

export const automations = sqliteTable('automations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  trigger: text('trigger').notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull(),
  config: text('config', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
});

export const slaPolicies = sqliteTable('sla_policies', {
  id: text('id').primaryKey(),
  priority: text('priority').$type<TicketPriority>().notNull(),
  tier: text('tier').$type<CustomerTier>().notNull(),
  firstResponseMinutes: integer('first_response_minutes').notNull(),
  resolutionMinutes: integer('resolution_minutes').notNull(),
  nextResponseMinutes: integer('next_response_minutes'),
});

/** Tag colours and custom field definitions (issue #13): tenant-wide; ids derive from name / key. */
export const tagDefs = sqliteTable('tag_defs', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  colour: text('colour').$type<TagColour>().notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const fieldDefs = sqliteTable('field_defs', {
  id: text('id').primaryKey(),
  key: text('key').notNull(),
  label: text('label').notNull(),
  type: text('type').$type<FieldType>().notNull(),
  options: text('options', { mode: 'json' }).$type<string[]>().notNull().default([]),
  currency: text('currency'),
  updatedAt: integer('updated_at').notNull(),
});
