import { hash } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP-level memory and time cost), fresh salt each time. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}
