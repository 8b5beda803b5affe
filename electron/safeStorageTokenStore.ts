import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { safeStorage } from 'electron';
import type { TokenStore } from '../src/desktop/session/TokenStore';

/**
 * Keeps the hub session token encrypted with the OS keychain (DPAPI on Windows, Keychain on
 * macOS). Where no keychain is available the token is not persisted: the agent signs in again.
 */
export function safeStorageTokenStore(path: string): TokenStore {
  let memory: string | null = null;
  return {
    load() {
      if (memory) return memory;
      if (!safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(readFileSync(path));
      } catch {
        // Missing, or encrypted by another OS user/keychain: treat as signed out.
        return null;
      }
    },
    save(token) {
      memory = token;
      if (token === null) {
        rmSync(path, { force: true });
        return;
      }
      if (!safeStorage.isEncryptionAvailable()) return;
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, safeStorage.encryptString(token), { mode: 0o600 });
    },
  };
}
