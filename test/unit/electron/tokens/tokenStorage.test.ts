import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStorageTokenStore } from '../../../../electron/safeStorageTokenStore';
import { tokenStorageOf } from '../../../../electron/tokens/tokenStorageOf';
import { fakeSafeStorage } from '../../../fixtures/electron/fakeSafeStorage';

describe('tokenStorageOf', () => {
  it('is os_encrypted with a real keychain (Windows DPAPI, macOS Keychain, Linux keyring)', () => {
    expect(tokenStorageOf(fakeSafeStorage(true), 'win32')).toBe('os_encrypted');
    expect(tokenStorageOf(fakeSafeStorage(true), 'darwin')).toBe('os_encrypted');
    expect(tokenStorageOf(fakeSafeStorage(true, 'gnome_libsecret'), 'linux')).toBe('os_encrypted');
  });

  it('warns about Linux basic_text and about no encryption at all', () => {
    expect(tokenStorageOf(fakeSafeStorage(true, 'basic_text'), 'linux')).toBe('plain_text');
    expect(tokenStorageOf(fakeSafeStorage(false), 'linux')).toBe('not_persisted');
    expect(tokenStorageOf(fakeSafeStorage(false), 'win32')).toBe('not_persisted');
  });
});

describe('safeStorageTokenStore', () => {
  it('writes only the encrypted token, and reads it back in a later run', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'relay-token-')), 'session-token.bin');
    const safe = fakeSafeStorage(true);
    safeStorageTokenStore(path, safe).save('secret-token-123');
    expect(readFileSync(path, 'utf8')).not.toContain('secret-token-123');
    expect(safeStorageTokenStore(path, safe).load()).toBe('secret-token-123');
    safeStorageTokenStore(path, safe).save(null);
    expect(existsSync(path)).toBe(false);
  });

  it('keeps the token in memory only where encryption is unavailable', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'relay-token-')), 'session-token.bin');
    const store = safeStorageTokenStore(path, fakeSafeStorage(false));
    store.save('secret-token-123');
    expect(store.load()).toBe('secret-token-123');
    expect(existsSync(path)).toBe(false);
    expect(safeStorageTokenStore(path, fakeSafeStorage(false)).load()).toBeNull();
  });
});
