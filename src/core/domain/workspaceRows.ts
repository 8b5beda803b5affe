import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';
import { channelSchema, customerTierSchema, ticketPrioritySchema } from './rows';

/** A help-centre / internal knowledge article; body is Markdown. */
export const kbArticleRowSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(300),
  body: z.string().max(200_000),
  category: z.string().min(1).max(100),
  tags: z.array(z.string().min(1).max(60)).max(50),
  updatedAt: timestampSchema,
  authorId: idSchema.nullable(),
});
export type KbArticleRow = z.infer<typeof kbArticleRowSchema>;

/** A canned reply; body holds {{placeholders}} such as {{customer.name}} or {{shipment.eta}}. */
export const macroRowSchema = z.object({
  id: idSchema,
  title: z.string().min(1).max(300),
  body: z.string().min(1).max(50_000),
  /** Channel it is written for; null = any. */
  channel: channelSchema.nullable(),
  /** The agent whose personal macro it is; null = shared with everyone (rows from before owners were shared). */
  ownerAgentId: idSchema.nullable().default(null),
  /** Archived macros are kept (automations may name them) but offered to nobody. */
  archived: z.boolean().default(false),
});
export type MacroRow = z.infer<typeof macroRowSchema>;

/** A rule the hub runs, e.g. trigger "exception.opened" → notify the customer with a macro. */
export const automationRowSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(300),
  /** Event name the rules engine matches (e.g. "exception.opened", "shipment.delayed"). */
  trigger: z.string().min(1).max(100),
  enabled: z.boolean(),
  /** Trigger-specific settings, validated by the rules engine that owns the trigger. */
  config: z.record(z.string(), z.unknown()),
});
export type AutomationRow = z.infer<typeof automationRowSchema>;

export const csatResponseRowSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  customerId: idSchema,
  score: z.number().int().min(1).max(5),
  comment: z.string().max(10_000).nullable(),
  createdAt: timestampSchema,
});
export type CsatResponseRow = z.infer<typeof csatResponseRowSchema>;

/** SLA targets for one (priority, tier) pair; at most one policy per pair. */
export const slaPolicyRowSchema = z.object({
  id: idSchema,
  priority: ticketPrioritySchema,
  tier: customerTierSchema,
  firstResponseMinutes: z.number().int().positive(),
  resolutionMinutes: z.number().int().positive(),
  /** Next reply after a customer answers; null (policies from before) = the first-reply target. */
  nextResponseMinutes: z.number().int().positive().nullable().default(null),
});
export type SlaPolicyRow = z.infer<typeof slaPolicyRowSchema>;

/** Hub-only (never replicated): who did what, for admin actions and settings changes. */
export const auditLogRowSchema = z.object({
  id: idSchema,
  /** null for the hub itself (rules, ingest). */
  actorId: idSchema.nullable(),
  action: z.string().min(1).max(100),
  entity: z.string().min(1).max(100),
  entityId: z.string().min(1).max(200),
  detail: z.record(z.string(), z.unknown()),
  at: timestampSchema,
});
export type AuditLogRow = z.infer<typeof auditLogRowSchema>;
