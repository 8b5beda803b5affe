import { asc, desc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { ExceptionFilters, ExceptionGroupBy, ExceptionListItem, ExceptionSeverity } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, customers, exceptions, orders, shipments, teams, tickets } from '../../db/schema';
import { exceptionAgeOf } from './exceptionAgeOf';
import { exceptionConditions } from './exceptionConditions';

export interface ListExceptionsInput extends ExceptionFilters {
  groupBy: ExceptionGroupBy;
  sort: 'severity' | 'newest' | 'oldest';
  limit: number;
}

const severityRank = sql<number>`case ${exceptions.severity} when 'critical' then 0 when 'high' then 1 when 'medium' then 2 else 3 end`;
const severityOrder: Record<ExceptionSeverity, number> = { critical: 0, high: 1, medium: 2, low: 3 };
const ageOrder = { under_4h: 0, '4h_24h': 1, '1d_3d': 2, over_3d: 3 } as const;

/**
 * The exceptions queue from the replica: filtered in SQL (indexed on status, detectedAt), with
 * the shipment, customer, team, assignee and ticket names a row shows; then grouped, groups in
 * a meaningful order (severity rank, age, else largest first) and rows sorted within them.
 */
export function listExceptions(db: ReplicaDb, input: ListExceptionsInput, now: number, agentId: string | null): { items: ExceptionListItem[]; total: number } {
  const where = exceptionConditions(input, now, agentId);
  // Shipments, orders and customers are joined for filtering only when a filter needs them.
  const needsJoins = input.carriers.length > 0 || input.lane !== null || input.search !== '';
  const order =
    input.sort === 'severity'
      ? [asc(severityRank), desc(exceptions.detectedAt), desc(exceptions.id)]
      : input.sort === 'newest'
        ? [desc(exceptions.detectedAt), desc(exceptions.id)]
        : [asc(exceptions.detectedAt), asc(exceptions.id)];
  // Two steps: pick the page's ids on the narrow table (fast sort), then join names for those rows only.
  const idQuery = db.select({ id: exceptions.id }).from(exceptions);
  const countQuery = db.select({ n: sql<number>`count(*)` }).from(exceptions);
  const picked = needsJoins
    ? idQuery
        .leftJoin(shipments, eq(shipments.id, exceptions.shipmentId))
        .leftJoin(orders, eq(orders.id, exceptions.orderId))
        .leftJoin(customers, eq(customers.id, exceptions.customerId))
        .where(where)
        .orderBy(...order)
        .limit(input.limit)
        .all()
    : idQuery.where(where).orderBy(...order).limit(input.limit).all();
  const [counted] = needsJoins
    ? countQuery
        .leftJoin(shipments, eq(shipments.id, exceptions.shipmentId))
        .leftJoin(orders, eq(orders.id, exceptions.orderId))
        .leftJoin(customers, eq(customers.id, exceptions.customerId))
        .where(where)
        .all()
    : countQuery.where(where).all();
  const position = new Map(picked.map((p, i) => [p.id, i]));
  const rows =
    picked.length === 0
      ? []
      : db
          .select({
            ...getTableColumns(exceptions),
            customerName: customers.name,
            carrier: shipments.carrier,
            trackingNumber: shipments.trackingNumber,
            orderNumber: orders.number,
            origin: shipments.origin,
            destination: shipments.destination,
            teamName: teams.name,
            assigneeName: agents.name,
            ticketNumber: tickets.number,
            ticketStatus: tickets.status,
          })
          .from(exceptions)
          .leftJoin(shipments, eq(shipments.id, exceptions.shipmentId))
          .leftJoin(orders, eq(orders.id, exceptions.orderId))
          .leftJoin(customers, eq(customers.id, exceptions.customerId))
          .leftJoin(teams, eq(teams.id, exceptions.teamId))
          .leftJoin(agents, eq(agents.id, exceptions.assigneeId))
          .leftJoin(tickets, eq(tickets.id, exceptions.ticketId))
          .where(inArray(exceptions.id, [...position.keys()]))
          .all()
          .sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const total = Number(counted?.n ?? picked.length);

  const items: ExceptionListItem[] = rows.map((r) => {
    const age = exceptionAgeOf(r.detectedAt, now);
    // Rows replicate in any order: the customer or shipment may not have arrived yet.
    const item = { ...r, customerName: r.customerName ?? 'Unknown customer', age, group: '' };
    return { ...item, group: groupOf(item, input.groupBy) };
  });
  if (input.groupBy !== 'none') {
    const sizes = new Map<string, number>();
    for (const i of items) sizes.set(i.group, (sizes.get(i.group) ?? 0) + 1);
    const rank = (i: ExceptionListItem): number | string => {
      if (input.groupBy === 'severity') return severityOrder[i.severity];
      if (input.groupBy === 'age') return ageOrder[i.age];
      return -(sizes.get(i.group) ?? 0);
    };
    // Stable sort keeps the SQL order inside each group.
    items.sort((a, b) => compare(rank(a), rank(b)) || a.group.localeCompare(b.group));
  }
  return { items, total };
}

function groupOf(item: Omit<ExceptionListItem, 'group'>, groupBy: ExceptionGroupBy): string {
  switch (groupBy) {
    case 'type':
      return item.type;
    case 'severity':
      return item.severity;
    case 'carrier':
      return item.carrier ?? 'Unknown carrier';
    case 'lane':
      return item.origin === null ? 'Unknown lane' : `${item.origin} → ${item.destination ?? '?'}`;
    case 'age':
      return item.age;
    default:
      return '';
  }
}

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
