import { z } from 'zod';

/** Something the agent must read once, e.g. that the local database was rebuilt. */
const appNoticeSchema = z.object({
  kind: z.enum(['replica_rebuilt']),
  /** The sentence to show. */
  message: z.string(),
  /** Where to look for more (e.g. the kept damaged file), or null. */
  detail: z.string().nullable(),
});

/** Notices of the desktop core, taken once: one raised before the window listened waits here. */
export const noticeChannels = {
  'app.notices': { input: z.object({}), output: z.array(appNoticeSchema) },
} as const;
