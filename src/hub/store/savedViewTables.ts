import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { ms } from './columns';

/** Saved inbox views (core savedViewRowSchema); `query` is the whole inbox query. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    ownerId: uuid('owner_id').notNull(),
    teamId: uuid('team_id'),
    query: jsonb('query').$type<Record<string, unknown>>().notNull(),
    createdAt: ms('created_at'),
    updatedAt: ms('updated_at'),
  },
  (t) => [index('saved_views_owner_idx').on(t.ownerId), index('saved_views_team_idx').on(t.teamId)],
);
