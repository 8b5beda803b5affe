import type { z } from 'zod';
import { describeZodError } from '../describeZodError';

export interface ValidatedBatch<T> {
  items: { index: number; value: T }[];
  rejected: { index: number; reason: string }[];
}

/** Largest batch one delivery may carry. */
export const MAX_BATCH_ITEMS = 1000;

/**
 * A batch is an array of items (a single object is a batch of one). Each item is validated on
 * its own: good ones are kept, bad ones reported by index with zod's reason.
 */
export function validateBatch<S extends z.ZodType>(schema: S, value: unknown): ValidatedBatch<z.output<S>> | { error: string } {
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) return { error: 'batch is empty' };
  if (list.length > MAX_BATCH_ITEMS) return { error: `batch has ${list.length} items; the limit is ${MAX_BATCH_ITEMS}` };
  const batch: ValidatedBatch<z.output<S>> = { items: [], rejected: [] };
  list.forEach((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) batch.items.push({ index, value: parsed.data });
    else batch.rejected.push({ index, reason: describeZodError(parsed.error) });
  });
  return batch;
}
