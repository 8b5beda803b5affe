import type { z } from 'zod';
import type { rejectionCodeSchema } from '../contract/mutationEnvelope';

/** Why the hub (or the optimistic run) refuses a mutation; travels to the agent as-is. */
export type RejectionCode = z.infer<typeof rejectionCodeSchema>;

/** Thrown by a mutation's effect to refuse it; any other error is a bug, not a rejection. */
export class MutationRejection extends Error {
  readonly code: RejectionCode;

  constructor(code: RejectionCode, message: string) {
    super(message);
    this.name = 'MutationRejection';
    this.code = code;
  }
}
