import {
  teamScope,
  uuidv7,
  type AgentRow,
  type HelloResponse,
  type LiveChanges,
  type SnapshotResponse,
} from '../../../../src/core';
import { startHub, type HubOptions, type RunningHub } from '../../../../src/hub/startHub';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';
import { connectSocket, type HubClientSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequestOk } from '../../../fixtures/hub/socketRequest';

export interface RoleSession {
  socket: HubClientSocket;
  agent: AgentRow;
  token: string;
  clientId: string;
  hello: HelloResponse;
  live: LiveChanges[];
  disconnected: string[];
}

/** A demo hub plus helpers to act as its agents over HTTP and sockets (closed by `close`). */
export interface RolesKit {
  hub: RunningHub;
  session(email: string, password?: string): Promise<RoleSession>;
  http(method: string, path: string, token: string | null, body?: unknown): Promise<{ status: number; body: unknown; headers: Headers }>;
  snapshotAll(s: RoleSession, scope: string, entity: string): Promise<Record<string, unknown>[]>;
  teamIds(): Promise<{ parcel: string; freight: string }>;
  close(): Promise<void>;
}

/**
 * Where role tests run: embedded PGlite always; PostgreSQL with the Redis adapter on when both
 * DATABASE_URL and REDIS_URL are set (sockets are then found and cut through the adapter).
 */
export const rolesBackends: Array<{ name: string; skip: string | null; kind: 'pglite' | 'postgres+redis' }> = [
  { name: 'PGlite', skip: null, kind: 'pglite' },
  {
    name: 'PostgreSQL + Redis',
    skip: process.env.DATABASE_URL && process.env.REDIS_URL ? null : 'DATABASE_URL and REDIS_URL are not both set',
    kind: 'postgres+redis',
  },
];

export async function startRolesKit(kind: 'pglite' | 'postgres+redis' = 'pglite', options: HubOptions = {}): Promise<RolesKit> {
  const pg = kind === 'pglite' ? null : await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_roles');
  const store: HubOptions = pg
    ? { databaseUrl: pg.url, redisUrl: process.env.REDIS_URL, redisKey: `relay-roles-${uuidv7()}` }
    : { dataDir: ':memory:', redisUrl: null };
  const hub = await startHub({ ...store, ...options, port: 0, seed: 'demo' });
  const sockets: HubClientSocket[] = [];

  async function session(email: string, password?: string): Promise<RoleSession> {
    const pass = password ?? hub.demoCredentials.find((c) => c.email === email)?.password ?? 'missing';
    const { token, agent } = await hubLogin(hub.url, email, pass);
    const socket = await connectSocket(hub.url, { token });
    sockets.push(socket);
    const live: LiveChanges[] = [];
    const disconnected: string[] = [];
    socket.on('changes', (batch) => live.push(batch));
    socket.on('disconnect', (reason) => disconnected.push(reason));
    const clientId = uuidv7();
    const hello = await socketRequestOk<HelloResponse>(socket, 'hello', { protocol: 1, clientId, cursors: {} });
    return { socket, agent, token, clientId, hello, live, disconnected };
  }

  async function http(method: string, path: string, token: string | null, body?: unknown) {
    const headers: Record<string, string> = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${hub.url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  async function snapshotAll(s: RoleSession, scope: string, entity: string): Promise<Record<string, unknown>[]> {
    const rows: Record<string, unknown>[] = [];
    let afterId: string | null = null;
    for (;;) {
      const page: SnapshotResponse = await socketRequestOk<SnapshotResponse>(s.socket, 'snapshot', { scope, entity, afterId, limit: 500 });
      rows.push(...page.rows);
      if (!page.hasMore) return rows;
      afterId = String(page.rows.at(-1)?.id);
    }
  }

  async function teamIds(): Promise<{ parcel: string; freight: string }> {
    const maya = await hubLogin(hub.url, 'maya@relay.example', 'demo-maya');
    const tom = await hubLogin(hub.url, 'tom@relay.example', 'demo-tom');
    return { parcel: maya.agent.teamId, freight: tom.agent.teamId };
  }

  return {
    hub,
    session,
    http,
    snapshotAll,
    teamIds,
    async close() {
      for (const s of sockets) s.close();
      await hub.close();
      await pg?.drop();
    },
  };
}

export { teamScope };
