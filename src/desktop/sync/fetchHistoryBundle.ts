import { z } from 'zod';
import { historyBundleSchema, type HistoryBundle } from '../../core';
import { HistoryUnavailableError } from './HistoryUnavailableError';

const FETCH_TIMEOUT_MS = 15_000;
const errorReplySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** GET one of the hub's `/api/v1/history/*` routes as the signed-in agent; the answer is zod-checked. */
export async function fetchHistoryBundle(access: { hubUrl: string; token: string }, path: string): Promise<HistoryBundle> {
  let response: Response;
  try {
    response = await fetch(`${access.hubUrl}/api/v1/history/${path}`, {
      headers: { authorization: `Bearer ${access.token}` },
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    throw new HistoryUnavailableError('offline', `Cannot reach the hub (${error instanceof Error ? error.message : String(error)}).`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorReplySchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `The hub answered HTTP ${response.status}.`;
    const reason = response.status === 404 ? 'not_found' : response.status === 401 || response.status === 403 ? 'unauthorized' : 'failed';
    throw new HistoryUnavailableError(reason, message);
  }
  const parsed = historyBundleSchema.safeParse(body);
  if (!parsed.success) throw new HistoryUnavailableError('failed', `The hub sent an unexpected history reply: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
