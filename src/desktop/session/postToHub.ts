import type { z } from 'zod';
import { requestHub } from './requestHub';

/** POSTs JSON to a hub route (with the session token when given); see requestHub for the errors. */
export function postToHub<T>(
  request: { hubUrl: string; path: string; body: unknown; token?: string | null; timeoutMs?: number },
  schema: z.ZodType<T>,
): Promise<T> {
  return requestHub({ ...request, method: 'POST' }, schema);
}
