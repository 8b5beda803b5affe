import type { z } from 'zod';

/** One-line reason naming each bad field, e.g. `mutations.0.id: must be a UUID; limit: …`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`).join('; ');
}
