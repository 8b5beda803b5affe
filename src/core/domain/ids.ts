import { z } from 'zod';

/** Every record id is a UUID (v7 where Relay creates it), born where the record is born. */
export const idSchema = z.uuid({ message: 'must be a UUID' });

/** Epoch milliseconds; every timestamp in Relay is UTC ms so both SQLite and Postgres sort it cheaply. */
export const timestampSchema = z.number().int().nonnegative();
