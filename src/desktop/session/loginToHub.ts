import { z } from 'zod';
import { agentRowSchema, type AgentRow } from '../../core';
import { postToHub } from './postToHub';

const loginReplySchema = z.object({ token: z.string().min(1), agent: agentRowSchema });

/** POST /api/v1/auth/login; failures become IPC errors an agent can act on. */
export async function loginToHub(hubUrl: string, email: string, password: string): Promise<{ token: string; agent: AgentRow }> {
  return postToHub({ hubUrl, path: '/api/v1/auth/login', body: { email, password } }, loginReplySchema);
}
