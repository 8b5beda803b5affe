import type { HubContext } from '../HubContext';
import type { HubIo } from '../sync/HubSocket';
import { loadActiveAgent } from './loadActiveAgent';
import { isDeclaredSocketEvent } from './socketEventAccess';

/** What admin actions need from the socket layer, on every hub node (through the adapter). */
export interface SocketControl {
  /** Disconnects every socket of these agents on every node; their desktops reconnect and hello again. */
  disconnectAgents(agentIds: readonly string[]): Promise<number>;
}

type AckLike = (reply: { ok: false; error: { code: string; message: string } }) => void;

/**
 * Adds to the sync gateway (which verified the token and set `socket.data.agentId`): refuse a
 * deactivated agent at connect, and before every event re-check that the agent is still active
 * and that the event declares its scope check (socketEventAccess). A refused event is answered
 * on its ack and the socket is closed.
 */
export function guardSockets(io: HubIo, ctx: HubContext): SocketControl {
  io.use((socket, next) => {
    loadActiveAgent(ctx.db, socket.data.agentId).then(
      (check) => next(check.ok ? undefined : new Error(`unauthorized: ${check.reason}`)),
      (error: unknown) => {
        ctx.log.error({ err: error }, 'socket agent check failed');
        next(new Error('internal: could not check the agent'));
      },
    );
  });
  io.on('connection', (socket) => {
    // Checks run one after another so handlers still start in arrival order (a push after a push).
    let tail: Promise<void> = Promise.resolve();
    socket.use((packet, next) => {
      const [event] = packet;
      const last: unknown = packet[packet.length - 1];
      const refuse = (code: string, message: string): void => {
        if (typeof last === 'function') (last as AckLike)({ ok: false, error: { code, message } });
        socket.disconnect(true);
      };
      if (typeof event !== 'string' || !isDeclaredSocketEvent(event)) {
        ctx.log.error({ event }, 'socket event without a declared access check refused');
        refuse('forbidden', `Event ${String(event)} is not allowed.`);
        return;
      }
      tail = tail.then(async () => {
        try {
          const check = await loadActiveAgent(ctx.db, socket.data.agentId);
          if (check.ok) next();
          else refuse('unauthorized', `Your session ended: ${check.reason}.`);
        } catch (error) {
          ctx.log.error({ err: error }, 'socket agent check failed');
          refuse('internal', 'The hub could not check your session; reconnect.');
        }
      });
    });
  });
  return {
    async disconnectAgents(agentIds) {
      if (agentIds.length === 0) return 0;
      // fetchSockets spans every node through the adapter; admin actions are rare, so a scan is fine.
      const sockets = await io.fetchSockets();
      const ids = new Set(agentIds);
      let count = 0;
      for (const socket of sockets) {
        if (ids.has(socket.data.agentId)) {
          socket.disconnect(true);
          count += 1;
        }
      }
      return count;
    },
  };
}
