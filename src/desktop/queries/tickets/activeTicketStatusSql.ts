import { sql, type SQL } from 'drizzle-orm';
import { activeTicketStatuses } from '../../../core';

/** `'new', 'open', …` for an SQL `status IN (…)`: core's list of active ticket statuses, bound as parameters. */
export const activeTicketStatusSql: SQL = sql.join(
  activeTicketStatuses.map((status) => sql`${status}`),
  sql`, `,
);
