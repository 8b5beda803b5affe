import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstRunAdminOf } from '../../../../electron/firstRunAdmin/firstRunAdminOf';
import { keepAdminLogin } from '../../../../electron/firstRunAdmin/keepAdminLogin';
import { fakeSafeStorage } from '../../../fixtures/electron/fakeSafeStorage';

const login = { email: 'admin@relay.local', password: 'r4nd0m-Str0ng-Pa55w0rd-x' };
const seeded = [{ ...login, name: 'Administrator', role: 'admin' as const, teamName: 'Support' }];
const dirs: string[] = [];
const dir = () => {
  const d = mkdtempSync(join(tmpdir(), 'relay-admin-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('keepAdminLogin', () => {
  it('writes the login encrypted by the OS, readable only through safeStorage (0600)', () => {
    const path = join(dir(), 'sub', 'embedded-admin.bin');
    const safe = fakeSafeStorage(true);
    expect(keepAdminLogin(path, safe, 'win32', login)).toBe(path);
    const bytes = readFileSync(path);
    expect(bytes.toString()).not.toContain(login.password);
    expect(JSON.parse(safe.decryptString(bytes))).toEqual(login);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('keeps nothing without real OS encryption (unavailable, or Linux basic_text)', () => {
    const d = dir();
    expect(keepAdminLogin(join(d, 'a.bin'), fakeSafeStorage(false), 'linux', login)).toBeNull();
    expect(keepAdminLogin(join(d, 'b.bin'), fakeSafeStorage(true, 'basic_text'), 'linux', login)).toBeNull();
    expect(existsSync(join(d, 'a.bin')) || existsSync(join(d, 'b.bin'))).toBe(false);
  });
});

describe('firstRunAdminOf', () => {
  it('shows the login of a hub created on this run, with where it was kept', () => {
    expect(firstRunAdminOf(false, seeded, () => '/kept/here')).toEqual({ ...login, keptAt: '/kept/here' });
  });

  it('shows and keeps nothing on later runs or for the demo world', () => {
    const kept: unknown[] = [];
    const keep = (l: unknown) => (kept.push(l), 'x');
    expect(firstRunAdminOf(false, [], keep)).toBeNull();
    expect(firstRunAdminOf(true, seeded, keep)).toBeNull();
    expect(kept).toEqual([]);
  });
});
