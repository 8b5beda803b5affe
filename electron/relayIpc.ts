/** The two Electron IPC names Relay uses: one request/reply pipe, one event pipe. */
export const relayIpc = { invoke: 'relay:invoke', event: 'relay:event' } as const;
