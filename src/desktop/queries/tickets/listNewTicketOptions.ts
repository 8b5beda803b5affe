import { asc, desc, eq, sql } from 'drizzle-orm';
import type { IpcOutput } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, fieldDefs, orders, shipments, tagDefs, teams } from '../../db/schema';

/** What the new-ticket form and the ticket header offer, read from the replica in a few small queries. */
export function listNewTicketOptions(db: ReplicaDb, customerId: string | null): IpcOutput<'newTicket.options'> {
  const usedTags = db.all<{ tag: string }>(
    sql`select j.value as tag from tickets t, json_each(t.tags) j group by j.value order by count(*) desc, j.value limit 200`,
  );
  return {
    teams: db.select().from(teams).orderBy(asc(teams.name)).all(),
    agents: db.select().from(agents).orderBy(asc(agents.name)).all(),
    tagDefs: db.select().from(tagDefs).orderBy(asc(tagDefs.name)).all(),
    fieldDefs: db.select().from(fieldDefs).orderBy(asc(fieldDefs.label)).all(),
    usedTags: usedTags.map((r) => r.tag),
    orders: customerId
      ? db.select({ id: orders.id, number: orders.number, status: orders.status }).from(orders).where(eq(orders.customerId, customerId)).orderBy(desc(orders.createdAt)).limit(200).all()
      : [],
    shipments: customerId
      ? db
          .select({ id: shipments.id, carrier: shipments.carrier, trackingNumber: shipments.trackingNumber, status: shipments.status })
          .from(shipments)
          .where(eq(shipments.customerId, customerId))
          .orderBy(desc(shipments.createdAt))
          .limit(200)
          .all()
      : [],
  };
}
