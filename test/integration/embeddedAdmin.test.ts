import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { startBackend, type Backend } from '../../electron/startBackend';
import { memoryTokenStore } from '../../src/desktop/session/memoryTokenStore';
import { call } from '../fixtures/desktop/coreCalls';
import { tempDir } from '../fixtures/desktop/tempDir';
import { fakeSafeStorage } from '../fixtures/electron/fakeSafeStorage';

const safeStorage = fakeSafeStorage(true, 'gnome_libsecret');

const hubUrlOf = (backend: Backend) => backend.hubUrl;
const login = async (hubUrl: string, email: string, password: string) =>
  (await fetch(`${hubUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) })).status;

/** The desktop app's first run without a configured hub (electron/startBackend, no Electron binary needed). */
describe('the embedded hub of a fresh install', { timeout: 180_000 }, () => {
  const dir = tempDir('relay-first-run-');
  let backend: Backend | null = null;
  afterEach(async () => {
    await backend?.close();
    backend = null;
  });
  afterAll(() => dir.remove());

  it('refuses a configured plain-http hub on another machine before starting anything', async () => {
    await expect(startBackend({ userData: dir.path, migrationsRoot: resolve('migrations'), hubUrl: 'http://relay.example.com:4477', tokenStore: memoryTokenStore(), safeStorage, demo: false })).rejects.toThrow(
      'Use https:// for a hub on another machine: passwords would travel in clear text.',
    );
  });

  const start = () => startBackend({ userData: dir.path, migrationsRoot: resolve('migrations'), hubUrl: undefined, tokenStore: memoryTokenStore(), safeStorage, demo: false });

  it('gets a random admin password, shown once through setup.firstRunAdmin and kept encrypted; demo logins do not exist', async () => {
    backend = await start();
    const admin = await call(backend.core, 'setup.firstRunAdmin', {});
    expect(admin).toEqual({ email: 'admin@relay.local', password: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/), keptAt: join(dir.path, 'embedded-admin.bin') });
    // Shown once: a second ask (a reload of the window) gets nothing.
    expect(await call(backend.core, 'setup.firstRunAdmin', {})).toBeNull();
    const kept = readFileSync(join(dir.path, 'embedded-admin.bin'));
    expect(kept.toString()).not.toContain(admin!.password);
    expect(JSON.parse(safeStorage.decryptString(kept))).toEqual({ email: admin!.email, password: admin!.password });

    expect(await login(hubUrlOf(backend), 'maya@relay.example', 'demo-maya')).toBe(401);
    // Nothing public to suggest on the sign-in screen.
    expect(await call(backend.core, 'setup.demoLogin', {})).toBeNull();
    const session = await call(backend.core, 'session.signIn', { email: admin!.email, password: admin!.password });
    expect(session.agent).toMatchObject({ email: 'admin@relay.local', role: 'admin' });

    // The next start of the app: same hub, same password, nothing shown again.
    await backend.close();
    backend = await start();
    expect(await call(backend.core, 'setup.firstRunAdmin', {})).toBeNull();
    expect(await login(hubUrlOf(backend), admin!.email, admin!.password)).toBe(200);
  });

  it('the demo world, asked for, suggests its public agent login on the sign-in screen and it works', async () => {
    const demoDir = tempDir('relay-demo-run-');
    try {
      backend = await startBackend({ userData: demoDir.path, migrationsRoot: resolve('migrations'), hubUrl: undefined, tokenStore: memoryTokenStore(), safeStorage, demo: true });
      const suggested = await call(backend.core, 'setup.demoLogin', {});
      expect(suggested).toEqual({ email: 'priya@relay.example', password: 'demo-priya' });
      expect(await login(hubUrlOf(backend), suggested!.email, suggested!.password)).toBe(200);
      expect(await call(backend.core, 'setup.firstRunAdmin', {})).toBeNull();
    } finally {
      await backend?.close();
      backend = null;
      demoDir.remove();
    }
  });
});
