/**
 * IPC channels of the exception feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const exceptionChannels = {} as const;
