import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, PresenceState, Scope, ServerToClientEvents } from '../../core';

/** Per-socket state: set by the auth middleware (agentId) and by hello (clientId, scopes). */
export interface HubSocketData {
  agentId: string;
  clientId?: string;
  scopes?: readonly Scope[];
  /** This socket's presence on a ticket (presenceGateway); read across nodes via fetchSockets. */
  presence?: { ticketId: string; state: PresenceState; refreshedAt: number } | undefined;
}

// socket.io's third parameter is server-to-server events, unused here.
type NoEvents = Record<string, never>;

export type HubIo = Server<ClientToServerEvents, ServerToClientEvents, NoEvents, HubSocketData>;
export type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents, NoEvents, HubSocketData>;
