import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcEventNames, type IpcChannel, type IpcEventName, type IpcReply } from '../../../src/core';
import type { BridgeCore } from '../../../src/desktop/browserBridge/bridgeCore';
import { createBridgeServer, type BridgeServer } from '../../../src/desktop/browserBridge/createBridgeServer';

const token = 'a'.repeat(64);

/** A stand-in for the desktop core: records calls and lets the test emit events. */
function fakeCore() {
  const calls: { channel: string; input: unknown }[] = [];
  const listeners = new Map<IpcEventName, Set<(payload: unknown) => void>>();
  const core: BridgeCore = {
    async invoke(channel, input): Promise<IpcReply<IpcChannel>> {
      calls.push({ channel, input });
      if (channel === 'session.get') return { ok: true, data: { hubUrl: 'http://127.0.0.1:1', agent: null } };
      return { ok: false, error: { code: 'unknown_channel', message: `No channel "${channel}".` } };
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  const emit = (event: IpcEventName, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  const listenerCount = () => [...listeners.values()].reduce((n, s) => n + s.size, 0);
  return { core, calls, emit, listenerCount };
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function rawGet(port: number, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('createBridgeServer', () => {
  const fake = fakeCore();
  let server: BridgeServer;
  let staticDir: string;

  beforeAll(async () => {
    staticDir = mkdtempSync(join(tmpdir(), 'relay-bridge-'));
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>Relay test page</title>');
    server = await createBridgeServer({ core: fake.core, staticDir, token, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(staticDir, { recursive: true, force: true });
  });

  const invoke = (channel: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/invoke/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-relay-token': token, ...headers },
      body,
    });

  it('serves the built renderer with a strict CSP', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Relay test page');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('forwards an invoke to the core and answers its reply', async () => {
    const res = await invoke('session.get', '{}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, data: { hubUrl: 'http://127.0.0.1:1', agent: null } });
    expect(fake.calls.at(-1)).toEqual({ channel: 'session.get', input: {} });
  });

  it('passes the core’s failure replies through unchanged', async () => {
    const res = await invoke('nope.never', '{}');
    expect(await res.json()).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'No channel "nope.never".' } });
  });

  it('refuses a missing or wrong token with 401 and never reaches the core', async () => {
    const before = fake.calls.length;
    expect((await invoke('session.get', '{}', { 'x-relay-token': 'b'.repeat(64) })).status).toBe(401);
    const noToken = await fetch(`${server.url}/api/invoke/session.get`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(noToken.status).toBe(401);
    expect(fake.calls.length).toBe(before);
  });

  it('answers 400 with a reason for a body that is not a JSON object', async () => {
    const before = fake.calls.length;
    const broken = await invoke('session.get', '{not json');
    expect(broken.status).toBe(400);
    const reply = (await broken.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(reply.ok).toBe(false);
    expect(reply.error.code).toBe('invalid_input');
    const array = await invoke('session.get', '[1,2]');
    expect(array.status).toBe(400);
    expect(fake.calls.length).toBe(before);
  });

  it('rejects requests whose Host header is not loopback (DNS rebinding)', async () => {
    const evil = await rawGet(server.port, '/', `evil.example:${server.port}`);
    expect(evil.status).toBe(403);
    const wrongPort = await rawGet(server.port, '/', `127.0.0.1:${server.port + 1}`);
    expect(wrongPort.status).toBe(403);
    const ok = await rawGet(server.port, '/', `localhost:${server.port}`);
    expect(ok.status).toBe(200);
  });

  it('streams core events as server-sent events and unsubscribes when the page goes', async () => {
    const denied = await fetch(`${server.url}/api/events?token=wrong`);
    expect(denied.status).toBe(401);

    const controller = new AbortController();
    const res = await fetch(`${server.url}/api/events?token=${token}`, { signal: controller.signal });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    await waitFor(() => fake.listenerCount() === ipcEventNames.length, 'the stream to subscribe');
    const reader = res.body!.getReader();
    let text = '';
    fake.emit('data.changed', { entities: ['messages'] });
    while (!text.includes('data.changed')) {
      const chunk = await reader.read();
      if (chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    expect(text).toContain('event: data.changed\ndata: {"entities":["messages"]}\n\n');
    controller.abort();
    await waitFor(() => fake.listenerCount() === 0, 'the stream to unsubscribe');
  });
});
