import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AgentRow } from '../../../../src/core';

export interface AuthCall {
  path: string;
  authorization: string | null;
  body: unknown;
}

/**
 * A loopback HTTP server with the hub's auth routes (login, logout, password) as the contract
 * describes them, recording every call; one agent whose password starts as "pw". No socket.io,
 * so a core signed in to it stays offline.
 */
export async function startFakeAuthHub(agent: AgentRow): Promise<{ url: string; calls: AuthCall[]; close(): Promise<void> }> {
  let password = 'pw';
  let issued = 0;
  const valid = new Set<string>();
  const calls: AuthCall[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const send = (status: number, payload: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
      };
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      const authorization = req.headers.authorization ?? null;
      calls.push({ path: req.url ?? '', authorization, body });
      const newToken = (): string => {
        const token = `token-${++issued}`;
        valid.add(token);
        return token;
      };
      const bearer = authorization?.replace(/^Bearer /, '') ?? '';
      if (req.url === '/api/v1/auth/login') {
        if (body['email'] !== agent.email || body['password'] !== password) return send(401, { error: { code: 'unauthorized', message: 'Wrong email or password.' } });
        return send(200, { token: newToken(), agent });
      }
      if (!valid.has(bearer)) return send(401, { error: { code: 'unauthorized', message: 'Sign in again.' } });
      if (req.url === '/api/v1/auth/logout') {
        if (body['everywhere'] === true) valid.clear();
        else valid.delete(bearer);
        return send(200, { ok: true });
      }
      if (req.url === '/api/v1/auth/password') {
        if (body['currentPassword'] !== password) return send(401, { error: { code: 'unauthorized', message: 'The current password is wrong.' } });
        if (body['newPassword'] === password) return send(400, { error: { code: 'invalid_input', message: 'Choose a password you have not used.' } });
        password = String(body['newPassword']);
        valid.clear();
        return send(200, { token: newToken(), agent });
      }
      send(404, { error: { code: 'not_found', message: 'no such route' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
