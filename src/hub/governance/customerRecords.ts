import type { MessageRow, OwnedEntity, OwnedRows } from '../../core';
import { ownedKey, type EntityRowMap } from '../../core';
import { anyOf } from '../store/anyOf';
import { loadOwnedRows } from '../store/loadOwnedRows';
import type { HubTx } from '../store/openStore';
import { messages } from '../store/schema';

/** What the hub holds about one customer, by entity (every team's rows: the hub is the authority). */
export interface CustomerRecords {
  contacts: EntityRowMap['contacts'][];
  orders: EntityRowMap['orders'][];
  invoices: EntityRowMap['invoices'][];
  shipments: EntityRowMap['shipments'][];
  tickets: EntityRowMap['tickets'][];
  exceptions: EntityRowMap['exceptions'][];
  csat_responses: EntityRowMap['csat_responses'][];
  /** Messages have no customer column: those on the customer's tickets. */
  messages: MessageRow[];
}

const owned = ['contacts', 'orders', 'invoices', 'shipments', 'tickets', 'exceptions', 'csat_responses'] as const satisfies readonly OwnedEntity[];

/** Reads every record owned by the customer and the messages of their tickets, in the caller's transaction. */
export async function customerRecords(tx: HubTx, customerId: string): Promise<CustomerRecords> {
  const rows: OwnedRows = await loadOwnedRows(tx, owned.map((entity) => ({ entity, customerId })));
  const of = <E extends (typeof owned)[number]>(entity: E): EntityRowMap[E][] => (rows.get(ownedKey(entity, customerId)) ?? []) as EntityRowMap[E][];
  const tickets = of('tickets');
  const thread =
    tickets.length === 0
      ? []
      : // Every messages column replicates, so the table's row is the core row.
        await tx
          .select()
          .from(messages)
          .where(anyOf(messages.ticketId, tickets.map((t) => t.id)))
          .orderBy(messages.createdAt);
  return {
    contacts: of('contacts'),
    orders: of('orders'),
    invoices: of('invoices'),
    shipments: of('shipments'),
    tickets,
    exceptions: of('exceptions'),
    csat_responses: of('csat_responses'),
    messages: thread,
  };
}
