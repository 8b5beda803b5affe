import type { Socket } from 'socket.io-client';
import type { Connection } from './Connection';
import type { SyncEngineOptions } from './SyncEngineOptions';

/** Everything a sync step needs for one connected period (its own file: the steps and SyncEngine both import it). */
export interface SyncStepContext extends SyncEngineOptions {
  socket: Socket;
  connection: Connection;
}
