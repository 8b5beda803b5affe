import type { FastifyInstance } from 'fastify';
import type { Server as SocketServer } from 'socket.io';
import { hostPolicy, type HostPolicyOptions } from './hostPolicy';

export interface HostGuard {
  /** Applies the same check to socket.io handshakes and upgrades (engine.io answers 403 with the reason). */
  protectSockets(io: Pick<SocketServer, 'engine'>): void;
}

/**
 * Refuses requests whose Host header this hub does not answer to (hostPolicy) with 421 and the
 * reason, before routing and access control. Register it first, right after creating the app.
 */
export function registerHostCheck(app: FastifyInstance, options: HostPolicyOptions): HostGuard {
  const verdict = hostPolicy(options);
  app.addHook('onRequest', async (request, reply) => {
    const reason = verdict(request.headers.host);
    if (reason) return reply.status(421).send({ error: { code: 'misdirected', message: reason } });
  });
  return {
    protectSockets(io) {
      // allowRequest runs for the handshake and for the websocket upgrade alike.
      io.engine.opts.allowRequest = (req, callback) => {
        const reason = verdict(req.headers.host);
        callback(reason, reason === null);
      };
    },
  };
}
