import { sql } from 'drizzle-orm';
import { activeTicketStatuses, channelSchema, type Channel, type Dashboard, type TicketStatus } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { tickets } from '../../db/schema';
import { activeTicketStatusSql } from '../tickets/activeTicketStatusSql';
import type { DashboardScope } from './DashboardScope';

/**
 * Open (active: core's activeTicketStatuses) tickets right now (not the period: a queue is a present-tense number), by status and by
 * channel, in one GROUP BY over both (`+team_id`: stay on the covering status index).
 */
export function queryOpenTickets(db: ReplicaDb, scope: DashboardScope): Dashboard['openTickets'] {
  const team = scope.teamId === null ? sql`` : sql` AND +${tickets.teamId} = ${scope.teamId}`;
  const rows = db.all<{ status: TicketStatus; channel: Channel; n: number }>(
    sql`SELECT ${tickets.status} AS status, ${tickets.channel} AS channel, count(*) AS n FROM ${tickets}
        WHERE ${tickets.status} IN (${activeTicketStatusSql})${team} GROUP BY 1, 2`,
  );
  const byStatus = activeTicketStatuses.map((status) => ({ status, count: sum(rows.filter((r) => r.status === status)) }));
  const byChannel = channelSchema.options
    .map((channel) => ({ channel, count: sum(rows.filter((r) => r.channel === channel)) }))
    .filter((c) => c.count > 0);
  return { total: sum(rows), byStatus, byChannel };
}

function sum(rows: readonly { n: number }[]): number {
  return rows.reduce((total, r) => total + r.n, 0);
}
