import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP-level memory and time cost). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the email is unknown, so a miss costs as much time as a wrong password.
let decoyHash: Promise<string> | undefined;

/** True when `password` matches `passwordHash`; a null hash (no password set) never matches. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoyHash ??= hash('relay-decoy-password');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    // A corrupt stored hash is a failed sign-in, not a server crash.
    return false;
  }
}
