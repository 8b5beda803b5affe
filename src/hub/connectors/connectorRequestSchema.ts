import { z } from 'zod';
import { idSchema, shipmentActionKindSchema, shipmentStatusSchema } from '../../core';

/**
 * What the hub POSTs to a carrier's connector for one shipment action (signed v2, delivery id =
 * the action id, README.md). The connector answers 2xx at once and its decision later, by callback.
 */
export const connectorRequestSchema = z.object({
  actionId: idSchema,
  kind: shipmentActionKindSchema,
  details: z.record(z.string(), z.unknown()),
  shipment: z.object({
    id: idSchema,
    carrier: z.string(),
    trackingNumber: z.string(),
    status: shipmentStatusSchema,
    destination: z.string(),
  }),
  requestedAt: z.number().int(),
  /** Where to POST the decision (connectorCallbackSchema), signed with the same secret. */
  callbackUrl: z.url(),
});
export type ConnectorRequest = z.infer<typeof connectorRequestSchema>;
