import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { channelSchema } from '../domain/rows';

/** The automation trigger that marks a routing rule (rules are automation rows: see DESIGN-NOTES "Routing"). */
export const routingTrigger = 'ticket.routing';

/** Which new tickets a rule takes; every given condition must hold, and within one, any listed value. */
export const routingConditionsSchema = z.object({
  channels: z.array(channelSchema).optional(),
  /** Customer segments, compared case-insensitively ("enterprise retail"). */
  segments: z.array(z.string().min(1)).optional(),
  tags: z.array(z.string().min(1)).optional(),
  /** Two-letter codes; matched against the detected language of the message, else the customer's preference. */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
  /** Whole words or phrases in the subject or body, case-insensitive ("customs", "douane", "zoll"). */
  keywords: z.array(z.string().min(1)).optional(),
});
export type RoutingConditions = z.infer<typeof routingConditionsSchema>;

/** What a routing automation keeps in its `config`. */
export const routingConfigSchema = z.object({
  /** Lower runs first; the first matching rule wins. */
  position: z.number().int().default(0),
  conditions: routingConditionsSchema.default({}),
  teamId: idSchema,
  /** Also hand the ticket to an online agent of the team under the open-ticket cap. */
  autoAssign: z.boolean().default(false),
});

export interface RoutingRule extends z.infer<typeof routingConfigSchema> {
  id: string;
  name: string;
}
