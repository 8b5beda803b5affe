import { z } from 'zod';
import { ticketRuleEventSchema } from '../automations/ticketRuleEventSchema';

/**
 * What the rules react to after commits, coalesced (one `rules-reaction` job per drain round, not
 * per event): shipments to check, tickets whose SLA clock to sync, and delivered / out-for-delivery
 * scans and settled shipment actions to notify about (resolved to their customer when the job runs), and ticket-rule events.
 */
export const rulesWorkSchema = z.object({
  shipmentIds: z.array(z.string().min(1)),
  ticketIds: z.array(z.string().min(1)),
  triggers: z.array(
    z.object({
      shipmentId: z.string().min(1),
      trigger: z.enum(['shipment.delivered', 'shipment.out_for_delivery', 'shipment_action.settled']),
      /** For shipment_action.settled: the action that settled (its outcome and ticket are read when the job runs). */
      actionId: z.string().min(1).optional(),
    }),
  ),
  /** What ticket rules may react to (jobs queued before ticket rules carry none). */
  ticketEvents: z.array(ticketRuleEventSchema).default([]),
});

export type RulesWork = z.infer<typeof rulesWorkSchema>;
