import { z } from 'zod';
import { dashboardInputSchema, dashboardSchema, dashboardSegmentsSchema } from '../../dashboard/dashboardSchema';

/**
 * IPC channels of the dashboard feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const dashboardChannels = {
  /** Ticket, CSAT, exception and delivery panels for a period, read from the local replica (works offline). */
  'dashboard.get': { input: dashboardInputSchema, output: dashboardSchema },
  /** Customer segments for a period: the heaviest read (every order and shipment), so on its own. */
  'dashboard.segments': { input: dashboardInputSchema, output: dashboardSegmentsSchema },
  /** First and last activity (tickets, orders, shipments, exceptions) in the replica; null when empty. */
  'dashboard.range': { input: z.object({}), output: z.object({ earliest: z.number().nullable(), latest: z.number().nullable() }) },
} as const;
