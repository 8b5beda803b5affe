import { z } from 'zod';
import { IpcFailure } from '../ipc/IpcFailure';
import { HubUnauthorizedError } from './HubUnauthorizedError';

const errorReplySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/**
 * Calls a hub route (JSON in and out, with the session token when given) and validates the
 * answer; failures become IPC errors an agent can act on: unreachable → offline, 401 →
 * unauthorized, 403 → unauthorized with the role needed, 400 → invalid_input with the hub's own sentence.
 */
export async function requestHub<T>(
  request: { hubUrl: string; method: 'GET' | 'POST' | 'PATCH' | 'PUT'; path: string; body?: unknown; token?: string | null; timeoutMs?: number },
  schema: z.ZodType<T>,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${request.hubUrl}${request.path}`, {
      method: request.method,
      headers: {
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(request.token ? { authorization: `Bearer ${request.token}` } : {}),
      },
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
      signal: AbortSignal.timeout(request.timeoutMs ?? 15_000),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IpcFailure('offline', `Cannot reach the hub at ${request.hubUrl} (${reason}).`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorReplySchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `The hub answered HTTP ${response.status}.`;
    if (response.status === 401) throw new HubUnauthorizedError(message);
    throw new IpcFailure(response.status === 403 ? 'unauthorized' : response.status === 400 ? 'invalid_input' : 'failed', message);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new IpcFailure('failed', `The hub sent an unexpected reply to ${request.path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
