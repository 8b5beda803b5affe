/**
 * IPC channels of the dashboard feature (`domain.verb` → input and output zod schemas), merged
 * into ipcContract. Keep this file to this feature's channels.
 */
export const dashboardChannels = {} as const;
