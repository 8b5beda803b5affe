import { z } from 'zod';
import { isIsoCountry } from '../customers/isoCountries';

/** A postal address of a customer (billing, delivery dock…); country is ISO 3166-1 alpha-2. */
export const customerAddressSchema = z.object({
  label: z.string().trim().min(1, 'give the address a label, e.g. "Main warehouse"').max(100, 'label is longer than 100 characters'),
  line1: z.string().trim().min(1, 'enter the street and number').max(200, 'line is longer than 200 characters'),
  line2: z.string().trim().max(200, 'line is longer than 200 characters').default(''),
  city: z.string().trim().min(1, 'enter the city').max(100, 'city is longer than 100 characters'),
  postcode: z.string().trim().max(20, 'postcode is longer than 20 characters').default(''),
  region: z.string().trim().max(100, 'region is longer than 100 characters').default(''),
  country: z
    .string()
    .trim()
    .transform((c) => c.toUpperCase())
    .refine(isIsoCountry, 'use a two-letter ISO country code, e.g. DE, US, GB'),
});
export type CustomerAddress = z.infer<typeof customerAddressSchema>;
