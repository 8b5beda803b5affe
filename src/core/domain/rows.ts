import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';

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

export const deliveryStatusSchema = z.enum(['received', 'queued', 'sent', 'delivered', 'failed']);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

export const teamRowSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  createdAt: timestampSchema,
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
});
export type AgentRow = z.infer<typeof agentRowSchema>;

export const customerRowSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  email: z.email().nullable(),
  phone: z.string().nullable(),
  kind: z.enum(['b2b', 'b2c']),
  tier: z.enum(['standard', 'gold', 'platinum']),
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
  teamId: idSchema,
  assigneeId: idSchema.nullable(),
  channel: channelSchema,
  status: ticketStatusSchema,
  priority: ticketPrioritySchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  lastMessageAt: timestampSchema,
});
export type TicketRow = z.infer<typeof ticketRowSchema>;

export const messageRowSchema = z.object({
  id: idSchema,
  ticketId: idSchema,
  direction: messageDirectionSchema,
  channel: channelSchema,
  /** The agent who wrote it; null for inbound customer messages and automations. */
  authorId: idSchema.nullable(),
  body: z.string().min(1).max(100_000),
  deliveryStatus: deliveryStatusSchema,
  createdAt: timestampSchema,
});
export type MessageRow = z.infer<typeof messageRowSchema>;
