import { z } from 'zod';
import { normalisePhone } from './normalisePhone';

const blankToNull = (v: string | null): string | null => (v === null || v.trim() === '' ? null : v.trim());

/**
 * Field schemas shared by the customer and contact forms and their mutations, so the form
 * shows the same message at the field that the hub would give. Blank optional fields mean none;
 * null is accepted too, because parsed args are parsed again (outbox, hub) and must come out the same.
 */
export const contactFields = {
  name: z.string().trim().min(1, 'enter a name').max(300, 'name is longer than 300 characters'),
  email: z
    .string()
    .nullable()
    .transform(blankToNull)
    .pipe(z.email('enter an email like name@company.com').max(320, 'email is longer than 320 characters').nullable()),
  /** Stored in E.164 (+4930123456); spaces, dashes and a 00 prefix are accepted on input. */
  phone: z
    .string()
    .nullable()
    .transform(blankToNull)
    .refine((v) => v === null || normalisePhone(v) !== null, 'use international format with country code, e.g. +49 30 1234567')
    .transform((v) => (v === null ? null : normalisePhone(v))),
  role: z.string().nullable().transform(blankToNull).pipe(z.string().max(200, 'role is longer than 200 characters').nullable()),
};
