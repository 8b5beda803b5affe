import { z } from 'zod';
import { agentRowSchema, type AgentRow } from '../../core';
import { postToHub } from './postToHub';

const passwordReplySchema = z.object({ token: z.string().min(1), agent: agentRowSchema });

/** POST /api/v1/auth/password: a fresh token comes back; the hub revokes the agent's other tokens. */
export async function changeHubPassword(
  access: { hubUrl: string; token: string },
  input: { currentPassword: string; newPassword: string },
): Promise<{ token: string; agent: AgentRow }> {
  return postToHub({ ...access, path: '/api/v1/auth/password', body: input }, passwordReplySchema);
}
