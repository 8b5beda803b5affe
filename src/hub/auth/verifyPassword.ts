import { verify } from '@node-rs/argon2';
import { hashPassword } from './hashPassword';

// Verified against when there is no hash, so an unknown email costs as much time as a wrong password.
let decoyHash: Promise<string> | undefined;

/** True when `password` matches `passwordHash`; a null hash (no password set) never matches. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (passwordHash === null) {
    decoyHash ??= hashPassword('relay-decoy-password');
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
