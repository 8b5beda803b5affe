import { eq, getTableColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { entityRowSchemas, type EntityName, type EntityRowMap, type RowChange } from '../../core';
import type { HubTx } from './openStore';
import { agentRowColumns } from './agentRowColumns';
import {
  agents,
  automations,
  contacts,
  customerDuplicates,
  csatResponses,
  customers,
  exceptions,
  fieldDefs,
  invoices,
  kbArticles,
  macros,
  messages,
  orders,
  savedViews,
  shipmentActions,
  shipments,
  slaPolicies,
  tagDefs,
  teams,
  tickets,
  trackingEvents,
  warehouseEvents,
} from './schema';

/** The table behind each replicated entity. Column keys equal the core row's field names. */
export const entityTables = {
  teams,
  agents,
  customers,
  contacts,
  customer_duplicates: customerDuplicates,
  orders,
  invoices,
  shipments,
  tracking_events: trackingEvents,
  warehouse_events: warehouseEvents,
  shipment_actions: shipmentActions,
  kb_articles: kbArticles,
  macros,
  automations,
  sla_policies: slaPolicies,
  tag_defs: tagDefs,
  field_defs: fieldDefs,
  saved_views: savedViews,
  tickets,
  messages,
  exceptions,
  csat_responses: csatResponses,
} satisfies Record<EntityName, PgTable & { id: PgColumn }>;

/** The columns that replicate: every column, except agents' password hash. */
export function replicatedColumns(entity: EntityName): Record<string, PgColumn> {
  return entity === 'agents' ? agentRowColumns : getTableColumns(entityTables[entity]);
}

// Tables are addressed by entity name below; drizzle cannot type a table picked at runtime,
// so rows are validated with the entity's zod schema right before every write instead.
type LooseTable = PgTable & { id: PgColumn };

/** One replicated row by id, shaped exactly as the core row; undefined when absent. */
export async function loadRow<E extends EntityName>(tx: HubTx, entity: E, id: string): Promise<EntityRowMap[E] | undefined> {
  const table: LooseTable = entityTables[entity];
  const [row] = await tx.select(replicatedColumns(entity)).from(table).where(eq(table.id, id));
  return row as EntityRowMap[E] | undefined;
}

/** Writes one change to its table, re-validating the row: an invalid row is a bug and must not reach the log. */
export async function writeRow(tx: HubTx, change: RowChange): Promise<void> {
  const table: LooseTable = entityTables[change.entity];
  if (change.op === 'delete') {
    // A ticket's messages go with it (the mutation lists them as deletes for the log too).
    if (change.entity === 'tickets') await tx.delete(messages).where(eq(messages.ticketId, change.id));
    await tx.delete(table).where(eq(table.id, change.id));
    return;
  }
  const row: Record<string, unknown> = { ...entityRowSchemas[change.entity].parse(change.row) };
  // Only replicated columns are set, so an agent update never clears the password hash.
  if (change.entity === 'agents' && typeof row.email === 'string') row.email = row.email.toLowerCase();
  await tx.insert(table).values(row).onConflictDoUpdate({ target: table.id, set: row });
}
