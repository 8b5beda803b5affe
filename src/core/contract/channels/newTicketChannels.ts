import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { agentRowSchema, teamRowSchema } from '../../domain/rows';
import { fieldDefRowSchema, tagDefRowSchema } from '../../domain/ticketLabelRows';

/**
 * IPC channels of the new-ticket form and the ticket's tags and fields: everything the form
 * offers, from the replica (the write is the `ticket.create` mutation channel).
 */
export const newTicketChannels = {
  /** Teams, agents, tag and field definitions, tags in use, and the chosen customer's orders and shipments. */
  'newTicket.options': {
    input: z.object({ customerId: idSchema.nullable().default(null) }),
    output: z.object({
      teams: z.array(teamRowSchema),
      agents: z.array(agentRowSchema),
      tagDefs: z.array(tagDefRowSchema),
      fieldDefs: z.array(fieldDefRowSchema),
      /** Tags on tickets in the replica, most used first (autocomplete for tags nobody defined). */
      usedTags: z.array(z.string()),
      orders: z.array(z.object({ id: idSchema, number: z.string(), status: z.string() })),
      shipments: z.array(z.object({ id: idSchema, carrier: z.string(), trackingNumber: z.string(), status: z.string() })),
    }),
  },
  /** Tag and field definitions alone: tag colours on inbox rows, field labels in the ticket header. */
  'labels.defs': {
    input: z.object({}),
    output: z.object({ tagDefs: z.array(tagDefRowSchema), fieldDefs: z.array(fieldDefRowSchema) }),
  },
} as const;
