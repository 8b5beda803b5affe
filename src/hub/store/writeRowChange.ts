import { eq } from 'drizzle-orm';
import { entityRowSchemas, type EntityName, type RowChange } from '../../core';
import type { HubTx } from './openStore';
import { agents, customers, messages, teams, tickets } from './schema';

/**
 * Writes one change to its table. The row is re-validated against the core schema first: a
 * mutation producing an invalid row is a bug and must not reach the log.
 */
export async function writeRowChange(tx: HubTx, change: RowChange): Promise<void> {
  if (change.op === 'delete') {
    await deleteRow(tx, change.entity, change.id);
    return;
  }
  switch (change.entity) {
    case 'teams': {
      const row = entityRowSchemas.teams.parse(change.row);
      await tx.insert(teams).values(row).onConflictDoUpdate({ target: teams.id, set: row });
      return;
    }
    case 'agents': {
      // Only replicated columns are set, so an update never clears the password hash.
      const row = { ...entityRowSchemas.agents.parse(change.row) };
      row.email = row.email.toLowerCase();
      await tx.insert(agents).values(row).onConflictDoUpdate({ target: agents.id, set: row });
      return;
    }
    case 'customers': {
      const row = entityRowSchemas.customers.parse(change.row);
      await tx.insert(customers).values(row).onConflictDoUpdate({ target: customers.id, set: row });
      return;
    }
    case 'tickets': {
      const row = entityRowSchemas.tickets.parse(change.row);
      await tx.insert(tickets).values(row).onConflictDoUpdate({ target: tickets.id, set: row });
      return;
    }
    case 'messages': {
      const row = entityRowSchemas.messages.parse(change.row);
      await tx.insert(messages).values(row).onConflictDoUpdate({ target: messages.id, set: row });
      return;
    }
  }
}

async function deleteRow(tx: HubTx, entity: EntityName, id: string): Promise<void> {
  switch (entity) {
    case 'teams':
      await tx.delete(teams).where(eq(teams.id, id));
      return;
    case 'agents':
      await tx.delete(agents).where(eq(agents.id, id));
      return;
    case 'customers':
      await tx.delete(customers).where(eq(customers.id, id));
      return;
    case 'tickets':
      // A ticket's messages go with it (the mutation lists them as deletes for the log too).
      await tx.delete(messages).where(eq(messages.ticketId, id));
      await tx.delete(tickets).where(eq(tickets.id, id));
      return;
    case 'messages':
      await tx.delete(messages).where(eq(messages.id, id));
      return;
  }
}
