import { io, type Socket } from 'socket.io-client';
import { z } from 'zod';
import {
  agentRowSchema,
  helloResponseSchema,
  pullResponseSchema,
  snapshotResponseSchema,
  SYNC_PROTOCOL_VERSION,
  uuidv7,
  type ClientToServerEvents,
  type Cursors,
  type EntityName,
  type HelloResponse,
  type PullResponse,
  type Scope,
  type ServerToClientEvents,
  type SnapshotResponse,
} from '../../src/core';

const loginReplySchema = z.object({ token: z.string(), agent: agentRowSchema });
const ackSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: z.string(), message: z.string() }) }),
]);

/** A bare socket.io client of the hub: what one hub round trip costs without any desktop machinery. */
export class RawHubClient {
  private constructor(
    private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>,
    readonly hello: HelloResponse,
  ) {}

  /** Signs in over HTTP, connects (websocket only) and says hello with no cursors. */
  static async connect(hubUrl: string, email: string, password: string): Promise<RawHubClient> {
    return RawHubClient.connectWithToken(hubUrl, await RawHubClient.login(hubUrl, email, password));
  }

  /** The session token of an agent (one login can serve many sockets). */
  static async login(hubUrl: string, email: string, password: string): Promise<string> {
    const res = await fetch(`${hubUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return loginReplySchema.parse(await res.json()).token;
  }

  /** Connects with a token and says hello with no cursors (the socket then receives its scopes' live batches). */
  static async connectWithToken(hubUrl: string, token: string): Promise<RawHubClient> {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(hubUrl, {
      auth: { token },
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const hello = helloResponseSchema.parse(
      unwrap('hello', await socket.emitWithAck('hello', { protocol: SYNC_PROTOCOL_VERSION, clientId: uuidv7(), cursors: {} })),
    );
    return new RawHubClient(socket, hello);
  }

  async snapshot(scope: Scope, entity: EntityName, limit: number, afterId: string | null = null): Promise<SnapshotResponse> {
    return snapshotResponseSchema.parse(unwrap('snapshot', await this.socket.emitWithAck('snapshot', { scope, entity, afterId, limit })));
  }

  async pull(cursors: Cursors, limit: number): Promise<PullResponse> {
    return pullResponseSchema.parse(unwrap('pull', await this.socket.emitWithAck('pull', { cursors, limit })));
  }

  close(): void {
    this.socket.close();
  }
}

function unwrap(what: string, raw: unknown): unknown {
  const reply = ackSchema.parse(raw);
  if (!reply.ok) throw new Error(`${what} failed: ${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}
