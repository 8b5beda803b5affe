import { z } from 'zod';

/**
 * What an admin saves for a carrier's connector. The secret may be left out to keep the one the
 * hub has (a new connector needs one); `enabled` defaults to on.
 */
export const carrierConnectorInputSchema = z.object({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  secret: z.string().min(16, 'use a secret of at least 16 characters').max(500).optional(),
  enabled: z.boolean().default(true),
});
export type CarrierConnectorInput = z.input<typeof carrierConnectorInputSchema>;
