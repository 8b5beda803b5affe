import { bigint } from 'drizzle-orm/pg-core';

/** Timestamps are epoch ms (bigint, read as JS numbers) like everywhere in Relay. */
export const ms = (name: string) => bigint(name, { mode: 'number' }).notNull();
export const msOrNull = (name: string) => bigint(name, { mode: 'number' });
