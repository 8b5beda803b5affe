import { MutationRejection } from '../../../src/core';

/** The MutationRejection `fn` throws; any other error propagates, and no throw at all fails the test. */
export function rejectionOf(fn: () => unknown): MutationRejection {
  try {
    fn();
  } catch (error) {
    if (error instanceof MutationRejection) return error;
    throw error;
  }
  throw new Error('expected a MutationRejection');
}
