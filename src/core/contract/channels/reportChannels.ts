import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { reportAnswerSchema, reportRequestSchema } from '../../reports/reportSchema';

/**
 * IPC channels of the reports feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const reportChannels = {
  /** One report for a period: from the replica inside its window, else from the hub (`source` says which). */
  'reports.get': { input: reportRequestSchema, output: reportAnswerSchema },
  /** The teams the replica holds (the team filter's choices). */
  'reports.teams': { input: z.object({}), output: z.array(z.object({ id: idSchema, name: z.string() })) },
} as const;
