import { sql } from 'drizzle-orm';
import type { CustomerListItem } from '../../../core/contract/channels/customerChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { activeTicketStatusSql } from '../tickets/activeTicketStatusSql';
import { likePattern } from '../likePattern';

export interface ListCustomersInput {
  query: string;
  limit: number;
}

/**
 * The customer list: alphabetical (by lower(name), which customers_name_idx covers), filtered
 * by name or email. Open-ticket counts are per listed row through tickets_customer_idx.
 */
export function listCustomers(db: ReplicaDb, input: ListCustomersInput): { customers: CustomerListItem[]; total: number } {
  const pattern = likePattern(input.query);
  // Merged-away customers (tombstones) are not listed; their 360 redirects to the survivor.
  const filter =
    input.query === ''
      ? sql`where merged_into_id is null`
      : sql`where merged_into_id is null and (name like ${pattern} escape '\\' or email like ${pattern} escape '\\')`;
  const customers = db.all<CustomerListItem>(sql`
    select c.id, c.name, c.email, c.kind, c.tier, c.segment,
      (select count(*) from tickets t where t.customer_id = c.id and t.status in (${activeTicketStatusSql})) as openTickets
    from (select * from customers ${filter} order by lower(name), id limit ${input.limit}) c
    order by lower(c.name), c.id`);
  const total = db.get<{ n: number }>(sql`select count(*) as n from customers ${filter}`).n;
  return { customers, total };
}
