import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { SequenceName } from '../../core';
import type { HubTx } from '../store/openStore';
import { queryRows } from '../store/queryRows';

const sequenceTables: Record<SequenceName, string> = { ticketNumber: 'ticket_number' };
const lastRow = z.object({ last: z.coerce.number().int().positive() });

/**
 * The first of `count` consecutive values of a hub counter, in one statement (nextval, then
 * setval past the block). Only the write lane allocates, under its lock, so nothing can take a
 * value in between; drivers return int8 as number or string, hence the coercion.
 */
export async function allocateSequence(tx: HubTx, name: SequenceName, count = 1): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`allocateSequence: count must be a positive integer, got ${count}`);
  const seq = sequenceTables[name];
  const query = count === 1 ? sql`select nextval(${seq}) as last` : sql`select setval(${seq}, nextval(${seq}) + ${count - 1}) as last`;
  const rows = await queryRows(tx, query);
  return lastRow.parse(rows[0]).last - (count - 1);
}
