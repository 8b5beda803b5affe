import { eq } from 'drizzle-orm';
import { entityRowSchemas, type EntityName, type EntityRowMap, type RowChange, type RowRef } from '../../core';
import type { HubTx } from './openStore';
import { agentRowColumns } from './entityTables';
import { agents, customers, messages, teams, tickets } from './schema';

type AnyEntityRow = EntityRowMap[EntityName];

/** Loads one replicated row by id, shaped exactly as the core row (agents without credentials). */
export async function loadRow(tx: HubTx, ref: RowRef): Promise<AnyEntityRow | undefined> {
  switch (ref.entity) {
    case 'teams':
      return (await tx.select().from(teams).where(eq(teams.id, ref.id)))[0];
    case 'agents':
      return (await tx.select(agentRowColumns).from(agents).where(eq(agents.id, ref.id)))[0];
    case 'customers':
      return (await tx.select().from(customers).where(eq(customers.id, ref.id)))[0];
    case 'tickets':
      return (await tx.select().from(tickets).where(eq(tickets.id, ref.id)))[0];
    case 'messages':
      return (await tx.select().from(messages).where(eq(messages.id, ref.id)))[0];
  }
}

export async function loadRows(tx: HubTx, refs: RowRef[]): Promise<(AnyEntityRow | undefined)[]> {
  const found: (AnyEntityRow | undefined)[] = [];
  for (const ref of refs) found.push(await loadRow(tx, ref));
  return found;
}

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
