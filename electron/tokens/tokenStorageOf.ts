import type { TokenStorage } from '../../src/core/contract/ipcContract';

/** The parts of Electron's `safeStorage` Relay uses (injected: tests pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only; 'basic_text' means a hard-coded key, i.e. no real OS encryption. */
  getSelectedStorageBackend?(): string;
}

/** How safe the stored token is on this computer; anything short of os_encrypted is shown as a warning. */
export function tokenStorageOf(safeStorage: SafeStorageLike, platform: string): TokenStorage {
  if (!safeStorage.isEncryptionAvailable()) return 'not_persisted';
  if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return 'plain_text';
  return 'os_encrypted';
}
