import { z } from 'zod';
import type { Logger } from '../log/Logger';
import { postToHub } from './postToHub';

/**
 * POST /api/v1/auth/logout: the hub stops accepting this token (or, `everywhere`, every token
 * of the agent). Best effort: offline, sign-out still happens on this computer; the answer
 * says whether the hub confirmed.
 */
export async function logoutFromHub(access: { hubUrl: string; token: string }, everywhere: boolean, log: Logger): Promise<boolean> {
  try {
    await postToHub({ ...access, path: '/api/v1/auth/logout', body: { everywhere }, timeoutMs: 5_000 }, z.object({ ok: z.literal(true) }));
    return true;
  } catch (error) {
    log('the hub did not confirm the sign-out', error);
    return false;
  }
}
