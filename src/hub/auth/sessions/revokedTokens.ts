import { bigint, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';

/**
 * Token ids signed out one by one (POST /auth/logout without `everywhere`). A row is needed only
 * until the token would have expired anyway; rows past `expires_at` are pruned on each sign-out.
 */
export const revokedTokens = pgTable(
  'revoked_tokens',
  {
    jti: text('jti').primaryKey(),
    agentId: uuid('agent_id').notNull(),
    expiresAt: bigint('expires_at', { mode: 'number' }).notNull(),
  },
  (t) => [index('revoked_tokens_expires_at_idx').on(t.expiresAt)],
);
