import { eq } from 'drizzle-orm';
import type { EntityName, EntityRowMap, RowRef } from '../../core';
import type { HubTx } from './openStore';
import { agentRowColumns } from './agentRowColumns';
import { agents, customers, messages, teams, tickets } from './schema';

type AnyEntityRow = EntityRowMap[EntityName];

/** Loads one replicated row by id, shaped exactly as the core row (agents without credentials). */
async function loadRow(tx: HubTx, ref: RowRef): Promise<AnyEntityRow | undefined> {
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

/** The rows a mutation reads, in the order of `refs` (undefined where missing). */
export async function loadRows(tx: HubTx, refs: RowRef[]): Promise<(AnyEntityRow | undefined)[]> {
  const found: (AnyEntityRow | undefined)[] = [];
  for (const ref of refs) found.push(await loadRow(tx, ref));
  return found;
}

