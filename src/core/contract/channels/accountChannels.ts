import { z } from 'zod';

/** IPC channels of the account menu's own settings, merged into ipcContract (the write is `agent.setSignature`). */
export const accountChannels = {
  /** The signed-in agent's signature as the replica has it ('' when none or signed out). */
  'account.signature': { input: z.object({}), output: z.object({ agentId: z.string().nullable(), signature: z.string() }) },
} as const;
