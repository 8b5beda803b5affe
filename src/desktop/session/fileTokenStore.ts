import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TokenStore } from './TokenStore';

/** Keeps the token in a file only its owner can read (mode 0600). */
export function fileTokenStore(path: string): TokenStore {
  return {
    load() {
      try {
        const token = readFileSync(path, 'utf8').trim();
        return token.length > 0 ? token : null;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    save(token) {
      if (token === null) {
        rmSync(path, { force: true });
        return;
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, token, { mode: 0o600 });
      // `mode` applies only when the file is created; an existing file keeps its old mode.
      chmodSync(path, 0o600);
    },
  };
}
