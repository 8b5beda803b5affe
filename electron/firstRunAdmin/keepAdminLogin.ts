import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tokenStorageOf, type SafeStorageLike } from '../tokens/tokenStorageOf';

/**
 * Keeps the embedded hub's admin login encrypted by the OS (safeStorage: DPAPI, Keychain, the
 * Linux keyring) so it can be recovered from this account. Without real OS encryption
 * (unavailable, or Linux basic_text) nothing is written: a plain copy on disk would undo the
 * point of a random password. Returns the file written, or null.
 */
export function keepAdminLogin(path: string, safeStorage: SafeStorageLike, platform: string, login: { email: string; password: string }): string | null {
  if (tokenStorageOf(safeStorage, platform) !== 'os_encrypted') return null;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, safeStorage.encryptString(JSON.stringify(login)), { mode: 0o600 });
  return path;
}
