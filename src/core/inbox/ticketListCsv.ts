import type { TicketListItem } from '../contract/ipcContract';
import { toCsv } from '../reports/toCsv';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** The inbox's current view as CSV: one line per ticket, in the list's order. */
export function ticketListCsv(rows: readonly TicketListItem[]): string {
  return toCsv(
    ['Number', 'Subject', 'Status', 'Priority', 'Channel', 'Customer', 'Assignee', 'Tags', 'Created', 'Updated', 'First reply', 'Solved'],
    rows.map((t) => [
      t.number,
      t.subject,
      t.status,
      t.priority,
      t.channel,
      t.customerName,
      t.assigneeName,
      t.tags.join('; '),
      iso(t.createdAt),
      iso(t.updatedAt),
      iso(t.firstRespondedAt),
      iso(t.solvedAt),
    ]),
  );
}
