import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Saved inbox views (core savedViewRowSchema); `query` is the whole inbox query as JSON. */
export const savedViews = sqliteTable(
  'saved_views',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    ownerId: text('owner_id').notNull(),
    teamId: text('team_id'),
    query: text('query', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('saved_views_owner_idx').on(t.ownerId), index('saved_views_team_idx').on(t.teamId)],
);
