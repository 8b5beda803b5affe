import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { BusinessCalendar, CustomerAddress, CustomerPreferences, DuplicateReason } from '../../core';

export const teams = sqliteTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: integer('created_at').notNull(),
  calendar: text('calendar', { mode: 'json' }).$type<BusinessCalendar>(),
});

export const agents = sqliteTable('agents', {
  id: text('id').primaryKey(),
  teamId: text('team_id').notNull(),
  name: text('name').notNull(),
  email: text('email').notNull(),
  role: text('role', { enum: ['agent', 'lead', 'admin'] }).notNull(),
  createdAt: integer('created_at').notNull(),
  // Replies block: the agent's Markdown email signature.
  signature: text('signature').notNull().default(''),
});

export const customers = sqliteTable(
  'customers',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    kind: text('kind', { enum: ['b2b', 'b2c'] }).notNull(),
    tier: text('tier', { enum: ['standard', 'gold', 'platinum'] }).notNull(),
    segment: text('segment').notNull().default('general'),
    // Default = core's defaultCustomerPreferences, for rows replicated before the column existed.
    preferences: text('preferences', { mode: 'json' })
      .$type<CustomerPreferences>()
      .notNull()
      .default({ preferredChannel: 'email', language: 'en', quietHours: null, optIns: { email: true, sms: false, chat: false, social: false } }),
    // Editable customers and merge (issue #13 item 3).
    addresses: text('addresses', { mode: 'json' }).$type<CustomerAddress[]>().notNull().default([]),
    mergedIntoId: text('merged_into_id'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  // The customer list and search read names case-insensitively, in order.
  (t) => [index('customers_name_idx').on(sql`lower(${t.name})`)],
);

export const contacts = sqliteTable(
  'contacts',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    role: text('role'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('contacts_customer_idx').on(t.customerId)],
);

/** Likely duplicate customer pairs from the hub's detection (issue #13 item 3). */
export const customerDuplicates = sqliteTable(
  'customer_duplicates',
  {
    id: text('id').primaryKey(),
    customerId: text('customer_id').notNull(),
    otherId: text('other_id').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<DuplicateReason[]>().notNull(),
    status: text('status', { enum: ['open', 'dismissed', 'merged'] }).notNull(),
    detectedAt: integer('detected_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('customer_duplicates_status_idx').on(t.status)],
);
