import { sql } from 'drizzle-orm';
import { channelSchema, type Channel, type Dashboard, type TicketStatus } from '../../../core';
import type { ReplicaDb } from '../../db/openReplica';
import { tickets } from '../../db/schema';
import type { DashboardScope } from './DashboardScope';

/** Open = not solved or closed: new, open, pending, on hold (as the hub's team KPIs count them). */
export const openTicketStatuses = ['new', 'open', 'pending', 'on_hold'] as const satisfies readonly TicketStatus[];

/**
 * Open tickets right now (not the period: a queue is a present-tense number), by status and by
 * channel, in one GROUP BY over both (`+team_id`: stay on the covering status index).
 */
export function queryOpenTickets(db: ReplicaDb, scope: DashboardScope): Dashboard['openTickets'] {
  const team = scope.teamId === null ? sql`` : sql` AND +${tickets.teamId} = ${scope.teamId}`;
  const statuses = sql.join(openTicketStatuses.map((s) => sql`${s}`), sql`, `);
  const rows = db.all<{ status: TicketStatus; channel: Channel; n: number }>(
    sql`SELECT ${tickets.status} AS status, ${tickets.channel} AS channel, count(*) AS n FROM ${tickets}
        WHERE ${tickets.status} IN (${statuses})${team} GROUP BY 1, 2`,
  );
  const byStatus = openTicketStatuses.map((status) => ({ status, count: sum(rows.filter((r) => r.status === status)) }));
  const byChannel = channelSchema.options
    .map((channel) => ({ channel, count: sum(rows.filter((r) => r.channel === channel)) }))
    .filter((c) => c.count > 0);
  return { total: sum(rows), byStatus, byChannel };
}

function sum(rows: readonly { n: number }[]): number {
  return rows.reduce((total, r) => total + r.n, 0);
}
