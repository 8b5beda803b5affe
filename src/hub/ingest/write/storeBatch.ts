import { IngestItemError } from './IngestItemError';

export interface BatchOutcome<R> {
  stored: ({ index: number } & R)[];
  failed: { index: number; reason: string }[];
}

/**
 * Stores batch items one by one (each its own transaction), so an item that cannot be stored
 * is reported by index and the rest still land. Unexpected errors still fail the delivery.
 */
export async function storeBatch<T, R>(items: { index: number; value: T }[], store: (value: T) => Promise<R>): Promise<BatchOutcome<R>> {
  const outcome: BatchOutcome<R> = { stored: [], failed: [] };
  for (const { index, value } of items) {
    try {
      outcome.stored.push({ index, ...(await store(value)) });
    } catch (error) {
      if (!(error instanceof IngestItemError)) throw error;
      outcome.failed.push({ index, reason: error.message });
    }
  }
  return outcome;
}
