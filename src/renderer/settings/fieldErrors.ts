import type { z } from 'zod';

/** A zod error as one message per top-level field (the first issue of each), for form inputs. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const found: Record<string, string> = {};
  for (const issue of error.issues) found[String(issue.path[0] ?? 'form')] ??= issue.message;
  return found;
}
