import { z } from 'zod';

/** An admin's erasure request: the customer's name typed again, so the wrong customer is never erased by a slip. */
export const eraseRequestSchema = z.object({ confirmName: z.string().trim().min(1, 'type the customer name to confirm').max(300) });
export type EraseRequest = z.infer<typeof eraseRequestSchema>;
