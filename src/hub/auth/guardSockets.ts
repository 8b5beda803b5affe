import { socketAuthSchema } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubIo, HubSocket } from '../sync/HubSocket';
import { loadActiveAgent } from './loadActiveAgent';
import { isDeclaredSocketEvent } from './socketEventAccess';
import type { TokenPayload } from './TokenSigner';

/** What admin and session actions need from the socket layer, on every hub node (through the adapter). */
export interface SocketControl {
  /** Disconnects every socket of these agents on every node; their desktops reconnect and hello again. */
  disconnectAgents(agentIds: readonly string[]): Promise<number>;
  /** Disconnects the sockets opened with this token id (one signed-out session), on every node. */
  disconnectToken(tokenId: string): Promise<number>;
}

type AckLike = (reply: { ok: false; error: { code: string; message: string } }) => void;

/**
 * Adds to the sync gateway (which verified the token's signature and set `socket.data.agentId`):
 * refuse a session that no longer stands at connect (deactivated agent, signed out, revoked by a
 * newer token version), and before every event re-check that, and that the event declares its
 * scope check (socketEventAccess). A refused event is answered on its ack and the socket closed.
 */
export function guardSockets(io: HubIo, ctx: HubContext): SocketControl {
  const sessions = new WeakMap<HubSocket, TokenPayload>();
  // The token is read again from the handshake: the gateway keeps only the agent id.
  const tokenOf = (auth: unknown): TokenPayload | null => {
    const parsed = socketAuthSchema.safeParse(auth);
    if (!parsed.success) return null;
    const check = ctx.tokens.verify(parsed.data.token, ctx.now());
    return check.ok ? check.payload : null;
  };
  io.use((socket, next) => {
    const session = tokenOf(socket.handshake.auth);
    if (!session) return next(new Error('unauthorized: invalid token'));
    loadActiveAgent(ctx.db, session).then(
      (check) => {
        if (check.ok) sessions.set(socket, session);
        next(check.ok ? undefined : new Error(`unauthorized: ${check.reason}`));
      },
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
          const session = sessions.get(socket);
          const check = session ? await loadActiveAgent(ctx.db, session) : { ok: false as const, reason: 'no session' };
          if (check.ok) next();
          else refuse('unauthorized', `Your session ended: ${check.reason}.`);
        } catch (error) {
          ctx.log.error({ err: error }, 'socket agent check failed');
          refuse('internal', 'The hub could not check your session; reconnect.');
        }
      });
    });
  });
  // fetchSockets spans every node through the adapter; these actions are rare, so a scan is fine.
  const disconnectWhere = async (matches: (agentId: string, auth: unknown) => boolean): Promise<number> => {
    let count = 0;
    for (const socket of await io.fetchSockets()) {
      if (matches(socket.data.agentId, socket.handshake.auth)) {
        socket.disconnect(true);
        count += 1;
      }
    }
    return count;
  };
  return {
    async disconnectAgents(agentIds) {
      if (agentIds.length === 0) return 0;
      const ids = new Set(agentIds);
      return disconnectWhere((agentId) => ids.has(agentId));
    },
    disconnectToken(tokenId) {
      return disconnectWhere((_agentId, auth) => tokenOf(auth)?.jti === tokenId);
    },
  };
}
