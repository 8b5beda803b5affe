import { z } from 'zod';
import { businessCalendarSchema } from '../rules/businessHours/BusinessCalendar';
import { idSchema, timestampSchema } from './ids';
import { customerAddressSchema } from './customerAddress';
import { customerPreferencesSchema, defaultCustomerPreferences } from './customerPreferences';
import { callDetailsSchema, tagNameSchema, ticketFieldsSchema } from './ticketLabelRows';

export const agentRoleSchema = z.enum(['agent', 'lead', 'admin']);
export type AgentRole = z.infer<typeof agentRoleSchema>;

export const channelSchema = z.enum(['email', 'chat', 'sms', 'social', 'phone']);
export type Channel = z.infer<typeof channelSchema>;

export const ticketStatusSchema = z.enum(['new', 'open', 'pending', 'on_hold', 'solved', 'closed']);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketPrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;

export const messageDirectionSchema = z.enum(['inbound', 'outbound', 'note']);
export type MessageDirection = z.infer<typeof messageDirectionSchema>;

/** `held`: outbound, not sent because this hub has no connector for its channel (sent once one is configured). */
export const deliveryStatusSchema = z.enum(['received', 'queued', 'held', 'sent', 'delivered', 'failed']);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

export const customerKindSchema = z.enum(['b2b', 'b2c']);
export type CustomerKind = z.infer<typeof customerKindSchema>;

export const customerTierSchema = z.enum(['standard', 'gold', 'platinum']);
export type CustomerTier = z.infer<typeof customerTierSchema>;

export const teamRowSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  createdAt: timestampSchema,
  /** When the team works (SLA clocks run only then); absent/null = around the clock in UTC, as before calendars. */
  calendar: businessCalendarSchema.nullish(),
});
export type TeamRow = z.infer<typeof teamRowSchema>;

/** The replicated view of an agent: never carries credentials. */
export const agentRowSchema = z.object({
  id: idSchema,
  teamId: idSchema,
  name: z.string().min(1),
  email: z.email(),
  role: agentRoleSchema,
  createdAt: timestampSchema,
  // Replies block: fields below carry defaults for rows logged before them.
  /** Markdown appended to the agent's email replies; '' = none. Edited by the agent (agent.setSignature). */
  signature: z.string().max(5_000).default(''),
});
export type AgentRow = z.infer<typeof agentRowSchema>;

// Fields added after the spine carry defaults so rows logged before them still parse.

export const customerRowSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  email: z.email().nullable(),
  phone: z.string().nullable(),
  kind: customerKindSchema,
  tier: customerTierSchema,
  /** Free segment label for reporting and automations (e.g. "enterprise retail", "consumer"). */
  segment: z.string().max(100).default('general'),
  preferences: customerPreferencesSchema.default(() => structuredClone(defaultCustomerPreferences)),
  // Editable customers and merge (issue #13 item 3).
  addresses: z.array(customerAddressSchema).max(20).default(() => []),
  /** Set when a lead merged this customer into another: the tombstone redirects there. */
  mergedIntoId: idSchema.nullable().default(null),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type CustomerRow = z.infer<typeof customerRowSchema>;

export const ticketRowSchema = z.object({
  id: idSchema,
  /** Human ticket reference (#1042); assigned by the hub, null until the hub has seen the ticket. */
  number: z.number().int().positive().nullable(),
  subject: z.string().min(1).max(500),
  customerId: idSchema,
  /** The customer's contact who raised it (B2B), when known. */
  contactId: idSchema.nullable().default(null),
  teamId: idSchema,
  assigneeId: idSchema.nullable(),
  channel: channelSchema,
  status: ticketStatusSchema,
  priority: ticketPrioritySchema,
  orderId: idSchema.nullable().default(null),
  shipmentId: idSchema.nullable().default(null),
  /** SLA clock: due times are set by the hub's SLA rules (null = no policy applies). */
  firstResponseDueAt: timestampSchema.nullable().default(null),
  resolutionDueAt: timestampSchema.nullable().default(null),
  firstRespondedAt: timestampSchema.nullable().default(null),
  solvedAt: timestampSchema.nullable().default(null),
  /** When the clock was paused (pending on customer/carrier); null while it runs. */
  slaPausedAt: timestampSchema.nullable().default(null),
  /** Paused time accumulated by earlier pauses; due times shift by it. */
  slaPausedMs: z.number().int().nonnegative().default(0),
  /** Next reply (core's syncSlaClock): the customer message waited on since the last agent reply, its due time, open time paused in the wait. */
  nextResponseSince: timestampSchema.nullable().default(null),
  nextResponseDueAt: timestampSchema.nullable().default(null),
  nextResponsePausedMs: z.number().int().nonnegative().default(0),
  /** When the running target's open time left falls under the at-risk threshold (core's slaAtRiskAt); null = cannot. */
  slaAtRiskAt: timestampSchema.nullable().default(null),
  /** Set when this ticket was merged into another as a duplicate (it is then closed). */
  mergedIntoId: idSchema.nullable().default(null),
  // Tags and custom fields (issue #13): names / values keyed by field key.
  tags: z.array(tagNameSchema).max(50).default(() => []),
  fields: ticketFieldsSchema.default(() => ({})),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  lastMessageAt: timestampSchema,
});
export type TicketRow = z.infer<typeof ticketRowSchema>;

export const attachmentSchema = z.object({
  name: z.string().min(1).max(500),
  contentType: z.string().min(1).max(200),
  size: z.number().int().nonnegative(),
  /** Where the hub keeps the bytes (opaque to desktops; fetched on demand). */
  storageKey: z.string().min(1).max(500),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const messageRowSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  direction: messageDirectionSchema,
  channel: channelSchema,
  /** The agent who wrote it; null for inbound customer messages and automations. */
  authorId: idSchema.nullable(),
  /** Email subject line; null on channels without one. */
  subject: z.string().max(1000).nullable().default(null),
  /** Plain text: always present, the form every screen and search uses. */
  body: z.string().min(1).max(100_000),
  /** HTML as received, already sanitised by ingest; null for plain-text messages. */
  htmlBody: z.string().max(1_000_000).nullable().default(null),
  attachments: z.array(attachmentSchema).max(100).default(() => []),
  /** The channel's own id (an email Message-ID, a provider message id): threading and dedupe. */
  externalId: z.string().max(1000).nullable().default(null),
  deliveryStatus: deliveryStatusSchema,
  /** A phone call logged as a note (direction, duration); null for every other message. */
  call: callDetailsSchema.nullable().default(null),
  createdAt: timestampSchema,
  // Replies block: email copies and @mentions (agent ids, so a rename never breaks a mention).
  cc: z.array(z.email()).max(50).default(() => []),
  bcc: z.array(z.email()).max(50).default(() => []),
  mentions: z.array(idSchema).max(50).default(() => []),
});
export type MessageRow = z.infer<typeof messageRowSchema>;
