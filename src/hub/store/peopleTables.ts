import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { BusinessCalendar, CustomerAddress, CustomerPreferences, DuplicateReason } from '../../core';
import { ms } from './columns';

// Column keys mirror the core row fields exactly, so a selected row IS the core row
// (agents aside: password_hash is hub-only and never selected for replication).

export const teams = pgTable('teams', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: ms('created_at'),
  /** Business hours, time zone and holidays; null = around the clock (core's calendarOfTeam). */
  calendar: jsonb('calendar').$type<BusinessCalendar>(),
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
    /** Replies block: Markdown signature appended to email replies (agent.setSignature). */
    signature: text('signature').notNull().default(''),
    /** argon2id hash; null = cannot sign in. Never leaves the hub. */
    passwordHash: text('password_hash'),
    /** false = deactivated by an admin: cannot sign in or act. Hub-only, like the hash. */
    active: boolean('active').notNull().default(true),
    /** Bumped by sign-out-everywhere, password change/reset and deactivation: tokens carrying an older version are refused. Hub-only. */
    tokenVersion: integer('token_version').notNull().default(0),
  },
  (t) => [index('agents_team_idx').on(t.teamId)],
);

export const customers = pgTable(
  'customers',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    kind: text('kind', { enum: ['b2b', 'b2c'] }).notNull(),
    tier: text('tier', { enum: ['standard', 'gold', 'platinum'] }).notNull(),
    segment: text('segment').notNull().default('general'),
    // The default matches core's defaultCustomerPreferences, for rows written before the column existed.
    preferences: jsonb('preferences')
      .$type<CustomerPreferences>()
      .notNull()
      .default(
        sql`'{"preferredChannel":"email","language":"en","quietHours":null,"optIns":{"email":true,"sms":false,"chat":false,"social":false}}'::jsonb`,
      ),
    // Editable customers and merge (issue #13 item 3).
    addresses: jsonb('addresses').$type<CustomerAddress[]>().notNull().default(sql`'[]'::jsonb`),
    mergedIntoId: uuid('merged_into_id'),
    createdAt: ms('created_at'),
    updatedAt: ms('updated_at'),
  },
  (t) => [index('customers_email_idx').on(t.email)],
);

export const contacts = pgTable(
  'contacts',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    role: text('role'),
    createdAt: ms('created_at'),
    updatedAt: ms('updated_at'),
  },
  (t) => [index('contacts_customer_idx').on(t.customerId), index('contacts_email_idx').on(t.email)],
);


/** Likely duplicate customer pairs found by the hub's detection job (issue #13 item 3). */
export const customerDuplicates = pgTable(
  'customer_duplicates',
  {
    id: uuid('id').primaryKey(),
    customerId: uuid('customer_id').notNull(),
    otherId: uuid('other_id').notNull(),
    reasons: jsonb('reasons').$type<DuplicateReason[]>().notNull(),
    status: text('status', { enum: ['open', 'dismissed', 'merged'] }).notNull(),
    detectedAt: ms('detected_at'),
    updatedAt: ms('updated_at'),
  },
  // One row per pair, whatever its status: a dismissed pair is never flagged again.
  (t) => [uniqueIndex('customer_duplicates_pair_idx').on(t.customerId, t.otherId)],
);
