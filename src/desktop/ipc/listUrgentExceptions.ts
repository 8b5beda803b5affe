import { and, desc, eq, inArray } from 'drizzle-orm';
import type { UrgentException } from '../../core';
import type { ReplicaDb } from '../db/openReplica';
import { customers, exceptions } from '../db/schema';

/** Open high/critical exceptions in the replica, newest first: what the shell notifies leads about. */
export function listUrgentExceptions(db: ReplicaDb): UrgentException[] {
  const rows = db
    .select({
      id: exceptions.id,
      type: exceptions.type,
      severity: exceptions.severity,
      status: exceptions.status,
      ticketId: exceptions.ticketId,
      customerId: exceptions.customerId,
      customerName: customers.name,
      detectedAt: exceptions.detectedAt,
    })
    .from(exceptions)
    .leftJoin(customers, eq(customers.id, exceptions.customerId))
    .where(and(eq(exceptions.status, 'open'), inArray(exceptions.severity, ['high', 'critical'])))
    .orderBy(desc(exceptions.detectedAt), desc(exceptions.id))
    .limit(200)
    .all();
  // Rows replicate in any order: the customer may not have arrived yet.
  return rows.map((r) => ({ ...r, customerName: r.customerName ?? 'Unknown customer' }));
}
