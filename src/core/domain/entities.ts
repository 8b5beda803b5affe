import { z } from 'zod';
import {
  agentRowSchema,
  customerRowSchema,
  messageRowSchema,
  teamRowSchema,
  ticketRowSchema,
  type AgentRow,
  type CustomerRow,
  type MessageRow,
  type TeamRow,
  type TicketRow,
} from './rows';

/** The replicated entities, in the order a snapshot sends them (parents before children). */
export const entityNames = ['teams', 'agents', 'customers', 'tickets', 'messages'] as const;
export const entityNameSchema = z.enum(entityNames);
export type EntityName = z.infer<typeof entityNameSchema>;

export interface EntityRowMap {
  teams: TeamRow;
  agents: AgentRow;
  customers: CustomerRow;
  tickets: TicketRow;
  messages: MessageRow;
}

export type AnyRow = EntityRowMap[EntityName];

export const entityRowSchemas = {
  teams: teamRowSchema,
  agents: agentRowSchema,
  customers: customerRowSchema,
  tickets: ticketRowSchema,
  messages: messageRowSchema,
} satisfies { [E in EntityName]: z.ZodType<EntityRowMap[E]> };
