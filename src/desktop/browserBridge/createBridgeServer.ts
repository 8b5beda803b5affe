import type { ServerResponse } from 'node:http';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { ipcEventNames, type IpcEventName } from '../../core';
import type { BridgeCore } from './bridgeCore';
import { bridgeContentSecurityPolicy } from './bridgeContentSecurityPolicy';
import { isLoopbackHost } from './isLoopbackHost';
import { tokenMatches } from './tokenMatches';

export interface BridgeServerOptions {
  core: BridgeCore;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** Per-run secret the page must present on every call. */
  token: string;
  host?: string;
  /** 0 picks a free port. */
  port: number;
}

export interface BridgeServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const heartbeatMs = 20_000;

/**
 * Browser mode: serves the built renderer and bridges the IPC contract over loopback HTTP.
 * `POST /api/invoke/:channel` answers exactly what the core answers; `GET /api/events` streams
 * the core's events as server-sent events.
 */
export async function createBridgeServer(options: BridgeServerOptions): Promise<BridgeServer> {
  const { core, staticDir, token, host = '127.0.0.1' } = options;
  // Room for one attachment (25 MB, base64 in JSON: attachments.stage); every other call is small.
  const app = Fastify({ logger: false, forceCloseConnections: true, bodyLimit: 36 * 1024 * 1024 });
  const streams = new Set<ServerResponse>();
  let boundPort = options.port;

  app.addHook('onRequest', async (request, reply) => {
    if (!isLoopbackHost(request.headers.host, boundPort)) {
      return reply.code(403).send({ ok: false, error: { code: 'unauthorized', message: 'This bridge only answers on 127.0.0.1.' } });
    }
  });
  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', bridgeContentSecurityPolicy);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });
  app.setErrorHandler((error: { statusCode?: unknown; message?: unknown }, _request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500;
    const detail = typeof error.message === 'string' ? error.message : 'unreadable request';
    const message = status === 500 ? 'The bridge failed to handle this request.' : `Bad request: ${detail}`;
    return reply.code(status).send({ ok: false, error: { code: status === 500 ? 'failed' : 'invalid_input', message } });
  });

  await app.register(fastifyStatic, { root: staticDir, index: 'index.html', wildcard: true });

  app.post<{ Params: { channel: string } }>('/api/invoke/:channel', async (request, reply) => {
    if (!tokenMatches(token, request.headers['x-relay-token'])) {
      return reply.code(401).send({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong bridge token; reopen the URL printed at start.' } });
    }
    const body: unknown = request.body;
    if (body === undefined || body === null || typeof body !== 'object' || Array.isArray(body)) {
      return reply.code(400).send({ ok: false, error: { code: 'invalid_input', message: 'The request body must be a JSON object.' } });
    }
    return reply.send(await core.invoke(request.params.channel, body));
  });

  app.get<{ Querystring: { token?: string } }>('/api/events', (request, reply) => {
    if (!tokenMatches(token, request.query.token)) {
      return reply.code(401).send({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong bridge token.' } });
    }
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-content-type-options': 'nosniff',
    });
    res.write(': connected\n\n');
    streams.add(res);
    const send = (event: IpcEventName, payload: unknown): void => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`);
    };
    const unsubscribers = ipcEventNames.map((name) => core.on(name, (payload) => send(name, payload)));
    const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
    request.raw.on('close', () => {
      clearInterval(heartbeat);
      for (const off of unsubscribers) off();
      streams.delete(res);
    });
  });

  await app.listen({ host, port: options.port });
  const address = app.server.address();
  boundPort = typeof address === 'object' && address ? address.port : options.port;
  const urlHost = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${urlHost}:${boundPort}`,
    port: boundPort,
    async close() {
      for (const res of streams) res.end();
      streams.clear();
      await app.close();
    },
  };
}
