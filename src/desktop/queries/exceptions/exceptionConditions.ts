import { and, eq, gt, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { ExceptionAge, ExceptionFilters } from '../../../core/contract/channels/exceptionChannels';
import { customers, exceptions, orders, shipments } from '../../db/schema';
import { exceptionAgeEdges } from './exceptionAgeOf';

/** The WHERE of the queue for these filters; shipments, orders and customers are expected joined. */
export function exceptionConditions(filters: ExceptionFilters, now: number, agentId: string | null): SQL | undefined {
  const where: (SQL | undefined)[] = [statusCondition(filters.status)];
  if (filters.types.length > 0) where.push(inArray(exceptions.type, filters.types));
  if (filters.severities.length > 0) where.push(inArray(exceptions.severity, filters.severities));
  if (filters.carriers.length > 0) where.push(inArray(shipments.carrier, filters.carriers));
  if (filters.lane) where.push(and(eq(shipments.origin, filters.lane.origin), eq(shipments.destination, filters.lane.destination)));
  if (filters.ages.length > 0) where.push(or(...filters.ages.map((a) => ageCondition(a, now))));
  if (filters.teamId) where.push(eq(exceptions.teamId, filters.teamId));
  if (filters.assignee === 'me') where.push(agentId ? eq(exceptions.assigneeId, agentId) : sql`0`);
  else if (filters.assignee === 'unassigned') where.push(isNull(exceptions.assigneeId));
  else if (filters.assignee !== 'any') where.push(eq(exceptions.assigneeId, filters.assignee));
  if (filters.search) {
    const like = `%${filters.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(
      or(
        sql`lower(${customers.name}) like ${like} escape '\\'`,
        sql`lower(${shipments.trackingNumber}) like ${like} escape '\\'`,
        sql`lower(${shipments.carrier}) like ${like} escape '\\'`,
        // A warehouse exception has no shipment: agents find it by its order number.
        sql`lower(${orders.number}) like ${like} escape '\\'`,
      ),
    );
  }
  const present = where.filter((w): w is SQL => w !== undefined);
  return present.length > 0 ? and(...present) : undefined;
}

export function statusCondition(status: ExceptionFilters['status']): SQL | undefined {
  if (status === 'all') return undefined;
  if (status === 'active') return ne(exceptions.status, 'resolved');
  return eq(exceptions.status, status);
}

function ageCondition(age: ExceptionAge, now: number): SQL | undefined {
  const { fourHours, day, threeDays } = exceptionAgeEdges;
  if (age === 'under_4h') return gt(exceptions.detectedAt, now - fourHours);
  if (age === '4h_24h') return and(lte(exceptions.detectedAt, now - fourHours), gt(exceptions.detectedAt, now - day));
  if (age === '1d_3d') return and(lte(exceptions.detectedAt, now - day), gt(exceptions.detectedAt, now - threeDays));
  return lte(exceptions.detectedAt, now - threeDays);
}
