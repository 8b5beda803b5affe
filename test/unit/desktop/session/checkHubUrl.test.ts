import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { createDesktopCore } from '../../../../src/desktop/createDesktopCore';
import { checkHubUrl } from '../../../../src/desktop/session/checkHubUrl';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('checkHubUrl', () => {
  it('accepts https anywhere and http on this computer, without trailing slashes', () => {
    expect(checkHubUrl('https://relay.example.com/')).toBe('https://relay.example.com');
    expect(checkHubUrl('https://10.0.0.5:4477')).toBe('https://10.0.0.5:4477');
    for (const local of ['http://127.0.0.1:4477', 'http://127.8.9.10:1', 'http://localhost:4477//', 'http://LOCALHOST', 'http://[::1]:4477']) {
      expect(checkHubUrl(local)).toBe(local.replace(/\/+$/, ''));
    }
  });

  it('refuses http to another machine with the reason', () => {
    for (const remote of ['http://relay.example.com', 'http://10.0.0.5:4477', 'http://128.0.0.1', 'http://localhost.evil.example', 'http://[::2]:4477', 'http://127.0.0.1.nip.io']) {
      expect(() => checkHubUrl(remote)).toThrow('Use https:// for a hub on another machine: passwords would travel in clear text.');
    }
  });

  it('refuses what is not an http(s) address', () => {
    expect(() => checkHubUrl('relay.example.com')).toThrow(/is not a web address/);
    expect(() => checkHubUrl('ftp://relay.example.com')).toThrow(/must start with https:\/\//);
  });
});

describe('session.signIn with a plain-http remote hub', () => {
  it('is refused before any password is sent, with the reason', async () => {
    const dir = tempDir();
    // A listener on this machine standing in for the remote hub: it must never be asked.
    const asked: string[] = [];
    const server = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(500).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const core = await createDesktopCore({ dbPath: dir.file(`${uuidv7()}.sqlite`), hubUrl: undefined, tokenStore: memoryTokenStore(), log: () => {} });
    try {
      const port = (server.address() as AddressInfo).port;
      const answer = await core.invoke('session.signIn', { hubUrl: `http://127.0.0.1.nip.io:${port}`, email: 'maya@relay.example', password: 'secret' });
      expect(answer).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Use https:// for a hub on another machine: passwords would travel in clear text.' } });
      expect(asked).toEqual([]);
    } finally {
      await core.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      dir.remove();
    }
  });
});
