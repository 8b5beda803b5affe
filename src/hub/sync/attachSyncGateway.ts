import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { defaultReplicationWindow, socketAuthSchema, type Ack, type ReplicationWindow } from '../../core';
import type { HubContext } from '../HubContext';
import { HubRequestError } from '../HubRequestError';
import { loadAgent } from '../store/loadAgent';
import type { HubIo } from './HubSocket';
import { handleHello } from './handleHello';
import { handlePull } from './handlePull';
import { handlePush } from './handlePush';
import { handleSnapshot } from './handleSnapshot';
import { presenceGateway } from './presenceGateway';

/** Attaches socket.io to the HTTP server: token auth on connect, then the sync events (snapshots within `window`). */
export function attachSyncGateway(server: HttpServer, ctx: HubContext, window: ReplicationWindow = defaultReplicationWindow): HubIo {
  const io: HubIo = new Server(server, { serveClient: false, maxHttpBufferSize: 10 * 1024 * 1024 });

  // Refusals become the client's `connect_error` with this message.
  io.use((socket, next) => {
    const auth = socketAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized: missing token'));
    const check = ctx.tokens.verify(auth.data.token, ctx.now());
    if (!check.ok) return next(new Error(`unauthorized: ${check.reason}`));
    loadAgent(ctx.db, check.agentId).then(
      (agent) => {
        if (!agent) return next(new Error('unauthorized: unknown agent'));
        socket.data.agentId = agent.id;
        next();
      },
      (error: unknown) => {
        ctx.log.error({ err: error }, 'socket auth failed');
        next(new Error('internal: could not check the token'));
      },
    );
  });

  io.on('connection', (socket) => {
    socket.on('hello', (req, ack) => respond(ctx, ack, () => handleHello(ctx, socket, req)));
    socket.on('snapshot', (req, ack) => respond(ctx, ack, () => handleSnapshot(ctx, socket, req, window)));
    socket.on('pull', (req, ack) => respond(ctx, ack, () => handlePull(ctx, socket, req)));
    socket.on('push', (req, ack) => respond(ctx, ack, () => handlePush(ctx, socket, req)));
  });
  presenceGateway(io, ctx, server);
  return io;
}

/** Every ack is `{ok:true,data}` or `{ok:false,error:{code,message}}`; bugs are logged, not leaked. */
async function respond<T>(ctx: HubContext, ack: Ack<T>, work: () => Promise<T>): Promise<void> {
  // Payloads are untrusted: a client may emit without an ack callback.
  if (typeof ack !== 'function') return;
  try {
    ack({ ok: true, data: await work() });
  } catch (error) {
    if (error instanceof HubRequestError) {
      ack({ ok: false, error: { code: error.code, message: error.message } });
      return;
    }
    ctx.log.error({ err: error }, 'socket request failed');
    ack({ ok: false, error: { code: 'internal', message: 'The hub failed to handle this request; try again later.' } });
  }
}
