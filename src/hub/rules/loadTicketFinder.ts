import { and, getTableColumns, inArray, lte, sql } from 'drizzle-orm';
import { activeTicketStatuses, matchTicketForShipment, type ShipmentRow, type TicketRow } from '../../core';
import type { HubTx } from '../store/openStore';
import { messages, orders, tickets } from '../store/schema';
import { anyOf } from '../store/anyOf';

/** Tickets read per kind of candidate: linked to a shipment or to its order, and a customer's most recent open ones. */
export const ticketCandidateLimit = 50;
/** Message texts searched for mentions per customer, newest first, across their recent open tickets. */
export const mentionTextLimit = 2_000;
/** Ids bound per IN list. */
const chunk = 1_000;

const openTicket = inArray(tickets.status, [...activeTicketStatuses]);

/**
 * The open tickets that may be about some shipments, loaded in a handful of set-based queries,
 * and the in-memory match for each of them. Every query is bounded per shipment, order and
 * customer whatever their size: at most `ticketCandidateLimit` linked tickets each and as many
 * of a customer's recent open ones, and the newest `mentionTextLimit` message texts of the
 * latter per customer. `remember` adds a ticket written since the load (one the rules just
 * opened or touched), so later matches see it as a one-at-a-time run would.
 */
export interface TicketFinder {
  /** The open ticket about this shipment (one of those loaded), or null. */
  match(shipment: ShipmentRow): TicketRow | null;
  /** A ticket opened or changed since the load, with message texts it gained. */
  remember(ticket: TicketRow, texts: readonly string[]): void;
}

/** Loads the candidates for `shipments` (see TicketFinder). */
export async function loadTicketFinder(tx: HubTx, shipments: readonly ShipmentRow[]): Promise<TicketFinder> {
  const shipmentIds = [...new Set(shipments.map((s) => s.id))];
  const orderIds = [...new Set(shipments.flatMap((s) => (s.orderId ? [s.orderId] : [])))];
  const customerIds = [...new Set(shipments.map((s) => s.customerId))];
  const [orderNumbers, byShipment, byOrder, recent] = await Promise.all([
    readOrderNumbers(tx, orderIds),
    latestPer(tx, 'shipment_id', shipmentIds),
    latestPer(tx, 'order_id', orderIds),
    latestPer(tx, 'customer_id', customerIds),
  ]);
  // Mentions are read only for customers with a shipment that has no direct link.
  const linkedShipments = new Set(byShipment.map((t) => t.shipmentId));
  const needTexts = new Set(shipments.filter((s) => !linkedShipments.has(s.id)).map((s) => s.customerId));
  const texts = await readTexts(tx, recent.filter((t) => needTexts.has(t.customerId)));
  const byShipmentId = groupBy(byShipment, (t) => t.shipmentId ?? '');
  const byOrderId = groupBy(byOrder, (t) => t.orderId ?? '');
  const byCustomerId = groupBy(recent, (t) => t.customerId);
  const remembered = new Map<string, TicketRow>();
  return {
    match(shipment) {
      const candidates = new Map<string, TicketRow>();
      const pool = [
        ...(byShipmentId.get(shipment.id) ?? []),
        ...(shipment.orderId ? (byOrderId.get(shipment.orderId) ?? []) : []),
        ...(byCustomerId.get(shipment.customerId) ?? []),
      ];
      for (const t of pool) candidates.set(t.id, remembered.get(t.id) ?? t);
      for (const t of remembered.values()) {
        if (t.customerId === shipment.customerId || t.shipmentId === shipment.id || (shipment.orderId !== null && t.orderId === shipment.orderId)) candidates.set(t.id, t);
      }
      if (candidates.size === 0) return null;
      const orderNumber = shipment.orderId ? (orderNumbers.get(shipment.orderId) ?? null) : null;
      const match = matchTicketForShipment(
        { id: shipment.id, trackingNumber: shipment.trackingNumber, orderId: shipment.orderId, orderNumber, customerId: shipment.customerId },
        [...candidates.values()].map((t) => ({ ...t, texts: texts.get(t.id) ?? [] })),
      );
      return match ? (candidates.get(match.ticketId) ?? null) : null;
    },
    remember(ticket, gained) {
      remembered.set(ticket.id, ticket);
      if (gained.length > 0) texts.set(ticket.id, [...(texts.get(ticket.id) ?? []), ...gained]);
    },
  };
}

async function readOrderNumbers(tx: HubTx, ids: readonly string[]): Promise<Map<string, string>> {
  const numbers = new Map<string, string>();
  for (let i = 0; i < ids.length; i += chunk) {
    for (const o of await tx.select({ id: orders.id, number: orders.number }).from(orders).where(anyOf(orders.id, ids.slice(i, i + chunk)))) numbers.set(o.id, o.number);
  }
  return numbers;
}

/** The most recently active open tickets per value of `column` (at most ticketCandidateLimit each). */
async function latestPer(tx: HubTx, column: 'shipment_id' | 'order_id' | 'customer_id', ids: readonly string[]): Promise<TicketRow[]> {
  const key = column === 'shipment_id' ? tickets.shipmentId : column === 'order_id' ? tickets.orderId : tickets.customerId;
  const rows: TicketRow[] = [];
  for (let i = 0; i < ids.length; i += chunk) {
    const ranked = tx.$with('ranked').as(
      tx
        .select({ ...getTableColumns(tickets), rank: sql<number>`row_number() over (partition by ${key} order by ${tickets.lastMessageAt} desc)`.as('rank') })
        .from(tickets)
        .where(and(anyOf(key, ids.slice(i, i + chunk)), openTicket)),
    );
    const part = await tx.with(ranked).select().from(ranked).where(lte(ranked.rank, ticketCandidateLimit));
    for (const { rank: _rank, ...ticket } of part) rows.push(ticket);
  }
  return rows;
}

/** Message texts (body and subject) of these tickets, the newest mentionTextLimit per customer. */
async function readTexts(tx: HubTx, recent: readonly TicketRow[]): Promise<Map<string, string[]>> {
  const texts = new Map<string, string[]>();
  const ids = recent.map((t) => t.id);
  for (let i = 0; i < ids.length; i += chunk) {
    const ranked = tx.$with('texts').as(
      tx
        .select({
          ticketId: messages.ticketId,
          body: messages.body,
          subject: messages.subject,
          rank: sql<number>`row_number() over (partition by ${tickets.customerId} order by ${messages.createdAt} desc)`.as('rank'),
        })
        .from(messages)
        .innerJoin(tickets, sql`${tickets.id} = ${messages.ticketId}`)
        .where(anyOf(messages.ticketId, ids.slice(i, i + chunk))),
    );
    const rows = await tx.with(ranked).select().from(ranked).where(lte(ranked.rank, mentionTextLimit));
    for (const m of rows) {
      const list = texts.get(m.ticketId) ?? [];
      list.push(m.body, ...(m.subject ? [m.subject] : []));
      texts.set(m.ticketId, list);
    }
  }
  return texts;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
