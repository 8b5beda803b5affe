/**
 * IPC channels of the customer feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const customerChannels = {} as const;
