import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { SequenceName } from '../../core';
import type { HubTx } from '../store/openStore';
import { queryRows } from '../store/queryRows';

const sequenceTables: Record<SequenceName, string> = { ticketNumber: 'ticket_number' };
const nextvalRow = z.object({ n: z.coerce.number().int().positive() });

/** Next value of a hub counter; drivers return int8 as number or string, hence the coercion. */
export async function allocateSequence(tx: HubTx, name: SequenceName): Promise<number> {
  const rows = await queryRows(tx, sql`select nextval(${sequenceTables[name]}) as n`);
  return nextvalRow.parse(rows[0]).n;
}
