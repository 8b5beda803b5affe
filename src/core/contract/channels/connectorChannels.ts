import { z } from 'zod';
import { carrierConnectorInputSchema } from '../../connectors/carrierConnectorInputSchema';
import { carrierConnectorViewSchema } from '../../connectors/carrierConnectorViewSchema';

const carrier = z.string().trim().min(1).max(100);

/**
 * IPC channels of Settings → Connectors (admins; merged into ipcContract). Connectors are hub-only
 * (their secrets never replicate), so each asks the hub's admin routes directly and is never
 * queued: offline they fail with `offline`, as the people channels do.
 */
export const connectorChannels = {
  /** Every carrier with a connector or with shipments on the hub, with its connector's state. */
  'connectors.list': { input: z.object({}), output: z.array(carrierConnectorViewSchema) },
  /** Adds or changes a carrier's connector (a left-out secret keeps the hub's); enabling sends its waiting requests. */
  'connectors.save': { input: z.object({ carrier, connector: carrierConnectorInputSchema }), output: z.object({ carrier: z.string(), enabled: z.boolean() }) },
} as const;
