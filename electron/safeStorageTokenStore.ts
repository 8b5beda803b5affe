import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TokenStore } from '../src/desktop/session/TokenStore';
import type { SafeStorageLike } from './tokens/tokenStorageOf';

/**
 * Keeps the hub session token encrypted by Electron's safeStorage (DPAPI on Windows, Keychain
 * on macOS, the keyring on Linux). Where encryption is unavailable the token stays in memory
 * only: the agent signs in again next start (the UI says so, see tokenStorageOf).
 */
export function safeStorageTokenStore(path: string, safeStorage: SafeStorageLike): TokenStore {
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
