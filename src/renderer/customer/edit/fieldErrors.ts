import type { z } from 'zod';

/** A zod result's issues by dotted field path ("addresses.0.country"), first message each, capitalised for the form. */
export function fieldErrors(error: z.ZodError | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error?.issues ?? []) {
    const key = issue.path.join('.');
    if (!(key in out)) out[key] = issue.message.charAt(0).toUpperCase() + issue.message.slice(1) + '.';
  }
  return out;
}
