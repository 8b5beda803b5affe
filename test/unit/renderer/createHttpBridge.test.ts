import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IpcChannel, IpcReply } from '../../../src/core';
import type { BridgeCore } from '../../../src/desktop/browserBridge/bridgeCore';
import { createBridgeServer, type BridgeServer } from '../../../src/desktop/browserBridge/createBridgeServer';
import { createHttpBridge } from '../../../src/renderer/bridge/createHttpBridge';

const token = 'c'.repeat(64);

// The renderer's HTTP bridge against the real bridge server; the core behind it is a stand-in.
const core: BridgeCore = {
  async invoke(channel, input): Promise<IpcReply<IpcChannel>> {
    if (channel === 'sync.setPaused') {
      const paused = (input as { paused?: unknown }).paused === true;
      return {
        ok: true,
        data: { connection: 'offline', offlineSince: 1, syncing: false, progress: null, unsent: 2, refused: 0, lastError: null, retryAt: null, paused, version: 1 },
      };
    }
    return { ok: false, error: { code: 'invalid_input', message: 'email: enter a valid email address' } };
  },
  on: () => () => undefined,
};

describe('createHttpBridge', () => {
  let server: BridgeServer;
  let staticDir: string;
  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'relay-httpbridge-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html>');
    server = await createBridgeServer({ core, staticDir, token, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  it('returns the core’s data for a successful call', async () => {
    const bridge = createHttpBridge({ token, baseUrl: server.url });
    const reply = await bridge.invoke('sync.setPaused', { paused: true });
    expect(reply.ok && reply.data.paused).toBe(true);
    expect(reply.ok && reply.data.unsent).toBe(2);
  });

  it('passes the core’s error through so the UI can show it', async () => {
    const bridge = createHttpBridge({ token, baseUrl: server.url });
    const reply = await bridge.invoke('session.signIn', { email: 'nope', password: 'x' });
    expect(reply).toEqual({ ok: false, error: { code: 'invalid_input', message: 'email: enter a valid email address' } });
  });

  it('turns a wrong token into an unauthorized error, not an exception', async () => {
    const bridge = createHttpBridge({ token: 'wrong', baseUrl: server.url });
    const reply = await bridge.invoke('session.get', {});
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('unauthorized');
  });

  it('explains an unreachable service instead of throwing', async () => {
    const bridge = createHttpBridge({ token, baseUrl: 'http://127.0.0.1:9' });
    const reply = await bridge.invoke('session.get', {});
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.message).toContain('npm run browser');
  });
});
