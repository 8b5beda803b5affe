import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';

interface Answer {
  status: number;
  body: string;
}

/** A raw HTTP request with a chosen Host header (fetch does not let a caller set it). */
function send(port: number, path: string, host: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { ...headers, host } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('upgrade', (res, socket) => {
      socket.destroy();
      resolve({ status: res.statusCode ?? 0, body: '' });
    });
    req.on('error', reject);
    req.end();
  });
}

const upgrade = { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==', 'sec-websocket-version': '13' };

describe('hub Host header check', { timeout: 120_000 }, () => {
  let hub: RunningHub;
  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', port: 0, seed: null });
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
  });

  it('a loopback hub answers to its loopback names and refuses another name with 421 and the reason', async () => {
    for (const host of [`127.0.0.1:${hub.port}`, `localhost:${hub.port}`, `[::1]:${hub.port}`]) {
      expect((await send(hub.port, '/api/v1/health', host)).status).toBe(200);
    }
    const rebound = await send(hub.port, '/api/v1/health', `attacker.example:${hub.port}`);
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body)).toEqual({ error: { code: 'misdirected', message: expect.stringMatching(/does not answer to Host "attacker\.example:\d+".*RELAY_ALLOWED_HOSTS/) } });
    // Routes that do not exist and sign-in are behind the same check.
    expect((await send(hub.port, '/api/v1/auth/login', `attacker.example:${hub.port}`)).status).toBe(421);
  });

  it('refuses socket.io handshakes and websocket upgrades for another name', async () => {
    const polling = '/socket.io/?EIO=4&transport=polling';
    expect((await send(hub.port, polling, `127.0.0.1:${hub.port}`)).status).toBe(200);
    const refused = await send(hub.port, polling, `attacker.example:${hub.port}`);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatch(/does not answer to Host/);
    const ws = '/socket.io/?EIO=4&transport=websocket';
    expect((await send(hub.port, ws, `127.0.0.1:${hub.port}`, upgrade)).status).toBe(101);
    // engine.io answers every refused upgrade with 400, the reason in the body.
    const refusedUpgrade = await send(hub.port, ws, `attacker.example:${hub.port}`, upgrade);
    expect(refusedUpgrade.status).toBe(400);
    expect(refusedUpgrade.body).toMatch(/does not answer to Host/);
  });
});
