import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { agentRoleSchema, channelSchema, customerTierSchema, ticketPrioritySchema, ticketStatusSchema } from '../../domain/rows';
import { ticketFieldsSchema } from '../../domain/ticketLabelRows';
import { automationRowSchema } from '../../domain/workspaceRows';

/** A recent ticket as the dry run tests it (core's TicketFacts) with what the results list shows. */
export const dryRunTicketSchema = z.object({
  number: z.number().int().nullable(),
  customerName: z.string().nullable(),
  createdAt: z.number(),
  facts: z.object({
    ticket: z.object({
      id: idSchema,
      channel: channelSchema,
      priority: ticketPrioritySchema,
      status: ticketStatusSchema,
      teamId: idSchema,
      assigneeId: idSchema.nullable(),
      tags: z.array(z.string()),
      fields: ticketFieldsSchema,
      subject: z.string(),
    }),
    customer: z.object({ segment: z.string(), tier: customerTierSchema, language: z.string().nullable() }).nullable(),
    body: z.string(),
  }),
});
export type DryRunTicket = z.infer<typeof dryRunTicketSchema>;

/** IPC channels of Settings → Automations (merged into ipcContract); writes are the `automation.save` channel. */
export const automationChannels = {
  /** Every automation row with the teams, agents and macros its editors name. */
  'automations.editor': {
    input: z.object({}),
    output: z.object({
      automations: z.array(automationRowSchema),
      teams: z.array(z.object({ id: idSchema, name: z.string() })),
      agents: z.array(z.object({ id: idSchema, name: z.string(), teamId: idSchema, role: agentRoleSchema })),
      macros: z.array(z.object({ id: idSchema, title: z.string() })),
    }),
  },
  /** The replica's most recent tickets (newest first), for the dry run. */
  'automations.recentTickets': { input: z.object({ limit: z.number().int().min(1).max(200).default(200) }), output: z.array(dryRunTicketSchema) },
} as const;
