import { sql } from 'drizzle-orm';
import type { CustomerKind, CustomerTier, ShipmentStatus, TicketStatus } from '../../../core';
import type { SearchHit } from '../../../core/contract/channels/customerChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { likePattern } from '../likePattern';

export interface SearchEverythingInput {
  query: string;
  limit: number;
}

// Upper bound for "starts with" ranges on binary-collated index keys.
const AFTER_PREFIX = '\uffff';

/**
 * The command palette's search, at most `limit` hits per kind, best kind first. Identifiers (ticket number,
 * tracking number, order number) and customer names match as prefixes through their indexes;
 * names, emails, subjects and titles then match anywhere, the scan stopping at the limit.
 */
export function searchEverything(db: ReplicaDb, { query, limit }: SearchEverythingInput): SearchHit[] {
  const text = query.trim();
  if (text === '') return [];
  const pattern = likePattern(text);

  const number = /^#?(\d{1,9})$/.exec(text)?.[1];
  const tickets = db.all<{ id: string; number: number | null; subject: string; status: TicketStatus; customerName: string }>(sql`
    select * from (select t.id, t.number, t.subject, t.status, coalesce(c.name, 'Unknown customer') as customerName, 0 as rank
      from tickets t left join customers c on c.id = t.customer_id where t.number = ${number === undefined ? null : Number(number)})
    union all
    select * from (select t.id, t.number, t.subject, t.status, coalesce(c.name, 'Unknown customer'), 1
      from tickets t left join customers c on c.id = t.customer_id
      where t.subject like ${pattern} escape '\\' order by t.updated_at desc limit ${limit})
    order by rank limit ${limit}`);

  const lo = text.toLowerCase();
  const hi = lo + AFTER_PREFIX;
  type CustomerHit = { id: string; name: string; email: string | null; kind: CustomerKind; tier: CustomerTier };
  const byPrefix = db.all<CustomerHit>(sql`
    select id, name, email, kind, tier from customers
    where lower(name) >= ${lo} and lower(name) < ${hi} order by lower(name) limit ${limit}`);
  // The anywhere-match scans the table; skip it when name prefixes already fill the list.
  const customers =
    byPrefix.length >= limit
      ? byPrefix
      : [
          ...byPrefix,
          ...db.all<CustomerHit>(sql`
            select id, name, email, kind, tier from customers
            where (name like ${pattern} escape '\\' or email like ${pattern} escape '\\') and not (lower(name) >= ${lo} and lower(name) < ${hi})
            limit ${limit - byPrefix.length}`),
        ];

  // Carriers and ERPs write identifiers in capitals; agents paste them with stray spaces.
  const code = text.replace(/\s+/g, '').toUpperCase();
  const codeHi = code + AFTER_PREFIX;
  const shipments = db.all<{
    id: string;
    trackingNumber: string;
    carrier: string;
    status: ShipmentStatus;
    orderNumber: string | null;
    customerId: string;
    customerName: string;
  }>(sql`
    select s.id, s.tracking_number as trackingNumber, s.carrier, s.status, o.number as orderNumber, s.customer_id as customerId,
      coalesce(c.name, 'Unknown customer') as customerName
    from (
      select id from (select id from shipments where tracking_number >= ${code} and tracking_number < ${codeHi} limit ${limit})
      union
      select id from (select s2.id from orders o2 join shipments s2 on s2.order_id = o2.id
        where o2.number >= ${code} and o2.number < ${codeHi} limit ${limit})
    ) hit
    join shipments s on s.id = hit.id
    left join orders o on o.id = s.order_id
    left join customers c on c.id = s.customer_id
    order by s.created_at desc limit ${limit}`);

  const articles = db.all<{ id: string; title: string; category: string }>(
    sql`select id, title, category from kb_articles where title like ${pattern} escape '\\' order by title limit ${limit}`,
  );

  const ticketHits = unique(tickets).map((t) => ({ kind: 'ticket' as const, id: t.id, number: t.number, subject: t.subject, status: t.status, customerName: t.customerName }));
  const customerHits = customers.map((c) => ({ kind: 'customer' as const, id: c.id, name: c.name, email: c.email, customerKind: c.kind, tier: c.tier }));
  const shipmentHits = shipments.map((s) => ({ kind: 'shipment' as const, ...s }));
  const articleHits = articles.map((a) => ({ kind: 'article' as const, ...a }));
  // Best kind first (the palette opens the first hit on Enter): an exact ticket number, then an
  // identifier prefix (tracking / order number), then names; subjects and titles last.
  const exactTicket = tickets[0] !== undefined && number !== undefined && tickets[0].number === Number(number);
  if (exactTicket) return [...ticketHits, ...shipmentHits, ...customerHits, ...articleHits];
  if (shipmentHits.length > 0) return [...shipmentHits, ...customerHits, ...ticketHits, ...articleHits];
  return [...customerHits, ...ticketHits, ...articleHits];
}

/** A ticket found by number may also match by subject: keep its first (best-ranked) hit. */
function unique<T extends { id: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
