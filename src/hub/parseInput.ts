import type { z } from 'zod';
import { HubRequestError } from './HubRequestError';

/** One-line reason naming each bad field, e.g. `cursors.team:x: must be "tenant" or "team:<uuid>"`. */
export function describeZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`).join('; ');
}

/** Validates untrusted input at a boundary; throws an `invalid_request` error with the reason. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new HubRequestError('invalid_request', `Invalid ${what}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
