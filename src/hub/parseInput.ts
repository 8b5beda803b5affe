import type { z } from 'zod';
import { describeZodError } from './describeZodError';
import { HubRequestError } from './HubRequestError';

/** Validates untrusted input at a boundary; throws an `invalid_request` error with the reason. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new HubRequestError('invalid_request', `Invalid ${what}: ${describeZodError(parsed.error)}`);
  return parsed.data;
}
