import { z } from 'zod';
import { idSchema, timestampSchema } from './ids';

/*
 * Tags and typed custom fields on tickets (issue #13 item 5). Definitions are tenant-wide
 * reference data; a ticket carries tag names and field values keyed by the field's key, so a
 * tag without a definition is still a tag (shown grey).
 */

/** Mantine palette names a tag may wear; grey is what an undefined tag shows. */
export const tagColourSchema = z.enum(['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'cyan', 'blue', 'indigo', 'violet', 'grape', 'pink']);
export type TagColour = z.infer<typeof tagColourSchema>;

/** Tags are compared lower-case and trimmed: "VIP " and "vip" are one tag. */
export const tagNameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'a tag needs a name')
  .max(40, 'a tag is at most 40 characters')
  .regex(/^[^,]+$/, 'a tag cannot contain a comma');

export const tagDefRowSchema = z.object({
  id: idSchema,
  name: tagNameSchema,
  colour: tagColourSchema,
  updatedAt: timestampSchema,
});
export type TagDefRow = z.infer<typeof tagDefRowSchema>;

export const fieldTypeSchema = z.enum(['text', 'number', 'money', 'date', 'single_select', 'multi_select']);
export type FieldType = z.infer<typeof fieldTypeSchema>;

/** A field key: what views filter on and values are stored under (e.g. "claim_amount"). */
export const fieldKeySchema = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'a key is lower-case letters, digits and _ (starting with a letter), at most 40');

export const fieldDefRowSchema = z.object({
  id: idSchema,
  key: fieldKeySchema,
  label: z.string().trim().min(1, 'give the field a label').max(80, 'a label is at most 80 characters'),
  type: fieldTypeSchema,
  /** The choices of a select field; empty for the other types. */
  options: z.array(z.string().trim().min(1, 'a choice cannot be empty').max(80)).max(100).default(() => []),
  /** ISO currency of a money field (amounts are stored in major units, e.g. 125.5). */
  currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is three capital letters (USD)').nullable().default(null),
  updatedAt: timestampSchema,
});
export type FieldDefRow = z.infer<typeof fieldDefRowSchema>;

/** A stored field value: text, select and date (YYYY-MM-DD) as strings, number and money as numbers, multi select as a list. */
export const fieldValueSchema = z.union([z.string().max(1000), z.number().finite(), z.array(z.string().max(80)).max(100)]);
export type FieldValue = z.infer<typeof fieldValueSchema>;

export const ticketFieldsSchema = z.record(fieldKeySchema, fieldValueSchema);
export type TicketFields = z.infer<typeof ticketFieldsSchema>;

/** A phone call logged as a note: who called whom and for how long. */
export const callDetailsSchema = z.object({
  direction: z.enum(['inbound', 'outbound']),
  durationSeconds: z.number().int().nonnegative().max(86_400),
});
export type CallDetails = z.infer<typeof callDetailsSchema>;
