import { z } from 'zod';
import { agentRowSchema, type AgentRow } from '../../core';
import { IpcFailure } from '../ipc/IpcFailure';

const loginReplySchema = z.object({ token: z.string().min(1), agent: agentRowSchema });
const errorReplySchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** POST /api/v1/auth/login; failures become IPC errors an agent can act on. */
export async function loginToHub(hubUrl: string, email: string, password: string): Promise<{ token: string; agent: AgentRow }> {
  let response: Response;
  try {
    response = await fetch(`${hubUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IpcFailure('offline', `Cannot reach the hub at ${hubUrl} (${reason}).`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorReplySchema.safeParse(body);
    const message = parsed.success ? parsed.data.error.message : `The hub answered HTTP ${response.status}.`;
    throw new IpcFailure(response.status === 401 || response.status === 403 ? 'unauthorized' : 'failed', message);
  }
  const parsed = loginReplySchema.safeParse(body);
  if (!parsed.success) throw new IpcFailure('failed', `The hub sent an unexpected sign-in reply: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
