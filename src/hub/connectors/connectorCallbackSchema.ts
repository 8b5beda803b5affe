import { z } from 'zod';
import { idSchema } from '../../core';

/** A connector's decision on one action: POST /api/v1/connectors/:carrier/callback (signed v2). */
export const connectorCallbackSchema = z.object({
  actionId: idSchema,
  status: z.enum(['accepted', 'refused', 'failed']),
  /** Why it was refused or failed, in words the agent can pass on. */
  reason: z.string().trim().max(2000).optional(),
  /** The carrier's own reference: claim number, pickup confirmation… */
  reference: z.string().trim().max(200).optional(),
});
export type ConnectorCallback = z.infer<typeof connectorCallbackSchema>;
