import type { Socket } from 'socket.io-client';

/** How the sync engine tells presence about its socket: usable after hello, gone on disconnect. */
export interface PresenceLink {
  connected(socket: Socket): void;
  disconnected(): void;
}
