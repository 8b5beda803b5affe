import { z } from 'zod';

/** The shipment-exception queue's categories (team leads filter and count by these). */
export const exceptionTypeSchema = z.enum([
  'delay',
  'damaged',
  'lost',
  'customs_hold',
  'failed_delivery',
  'address_issue',
  'refused',
  'returned',
  'stale',
  // Warehouse exceptions are about an order (exception.orderId), not a shipment.
  'backorder',
  'short_pick',
]);
export type ExceptionType = z.infer<typeof exceptionTypeSchema>;

export const exceptionSeveritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export type ExceptionSeverity = z.infer<typeof exceptionSeveritySchema>;

/** open → acknowledged → resolved; re-detection of a resolved exception opens a new one. */
export const exceptionStatusSchema = z.enum(['open', 'acknowledged', 'resolved']);
export type ExceptionStatus = z.infer<typeof exceptionStatusSchema>;
