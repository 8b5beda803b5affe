import { sql } from 'drizzle-orm';
import type { HubTx } from '../store/openStore';

/** Moves the ticket-number sequence past the numbers a seed assigned itself. */
export async function advanceTicketNumbers(tx: HubTx, lastUsed: number): Promise<void> {
  await tx.execute(sql`select setval('ticket_number', ${lastUsed})`);
}
