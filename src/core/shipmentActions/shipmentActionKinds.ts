import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { customerAddressSchema } from '../domain/customerAddress';

/** What an agent can ask a carrier to do about a shipment (issue #14 part 1). */
export const shipmentActionKindSchema = z.enum(['reschedule', 'change_address', 'redirect', 'hold_at_depot', 'book_pickup', 'cancel', 'claim']);
export type ShipmentActionKind = z.infer<typeof shipmentActionKindSchema>;

/** A calendar day at the delivery place, e.g. 2026-12-09 (carriers book days, not instants). */
export const actionDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'pick a date (YYYY-MM-DD)').refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'not a real date');
const clockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use a time like 09:00');

/** A delivery or pickup window on one day; the end must come after the start. */
const windowShape = { date: actionDateSchema, windowFrom: clockSchema, windowTo: clockSchema };
const windowRule = (w: { windowFrom: string; windowTo: string }) => w.windowFrom < w.windowTo;
const windowMessage = { message: 'the window must end after it starts', path: ['windowTo'] };

export const rescheduleDetailsSchema = z.object(windowShape).refine(windowRule, windowMessage);
export const changeAddressDetailsSchema = z.object({ address: customerAddressSchema.omit({ label: true }) });
export const redirectDetailsSchema = z.object({ pickupPoint: z.string().trim().min(1, 'name the pickup point').max(200, 'keep it under 200 characters') });
export const holdAtDepotDetailsSchema = z.object({ note: z.string().trim().max(500, 'keep the note under 500 characters').default('') });
export const bookPickupDetailsSchema = z
  .object({
    ...windowShape,
    pieces: z.number().int('whole pieces only').min(1, 'at least one piece').max(999, 'at most 999 pieces'),
    weightKg: z.number().positive('enter the weight in kg').max(50_000, 'at most 50,000 kg'),
  })
  .refine(windowRule, windowMessage);
export const cancelDetailsSchema = z.object({ reason: z.string().trim().min(1, 'say why the shipment is cancelled').max(500, 'keep it under 500 characters') });

/** A photo for a claim: an attachment of one of the ticket's messages. */
export const claimPhotoSchema = z.object({ messageId: idSchema, storageKey: z.string().min(1).max(500), name: z.string().min(1).max(500) });
export const claimDetailsSchema = z.object({
  claimType: z.enum(['damage', 'loss']),
  amount: z.number().positive('enter the amount claimed').max(10_000_000, 'the amount is too large'),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'use a three-letter currency code, e.g. EUR'),
  description: z.string().trim().min(1, 'describe the damage or loss').max(2000, 'keep it under 2,000 characters'),
  /** The carrier's own reference for the consignment or an earlier case, if the agent has one. */
  carrierReference: z.string().trim().max(100, 'keep it under 100 characters').default(''),
  photos: z.array(claimPhotoSchema).max(20, 'at most 20 photos').default(() => []),
});

/** One request, its details checked by kind. */
export const shipmentActionRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('reschedule'), details: rescheduleDetailsSchema }),
  z.object({ kind: z.literal('change_address'), details: changeAddressDetailsSchema }),
  z.object({ kind: z.literal('redirect'), details: redirectDetailsSchema }),
  z.object({ kind: z.literal('hold_at_depot'), details: holdAtDepotDetailsSchema }),
  z.object({ kind: z.literal('book_pickup'), details: bookPickupDetailsSchema }),
  z.object({ kind: z.literal('cancel'), details: cancelDetailsSchema }),
  z.object({ kind: z.literal('claim'), details: claimDetailsSchema }),
]);
export type ShipmentActionRequest = z.infer<typeof shipmentActionRequestSchema>;
