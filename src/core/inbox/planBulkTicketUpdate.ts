import type { TicketRow } from '../domain/rows';
import type { TicketUpdateArgs } from '../mutations/ticketUpdate';

/** One field a bulk action sets on every selected ticket (tags and transfer are separate mutations). */
export type BulkTicketChange =
  | { field: 'status'; value: TicketRow['status'] }
  | { field: 'priority'; value: TicketRow['priority'] }
  | { field: 'assigneeId'; value: string | null };

export type BulkTicketField = BulkTicketChange['field'];

export interface BulkTicketPlan {
  /** One ticket.update per ticket whose field differs (a ticket already there is left alone). */
  apply: TicketUpdateArgs[];
  /** Per ticket id, the ticket.update that puts its field back as it was before the batch. */
  undo: Map<string, TicketUpdateArgs>;
}

/**
 * Plans a bulk action as one ticket.update per ticket, and its undo from the tickets as they were:
 * each ticket gets its own previous value back, only for the field the batch changed.
 */
export function planBulkTicketUpdate(tickets: readonly Pick<TicketRow, 'id' | 'status' | 'priority' | 'assigneeId'>[], change: BulkTicketChange): BulkTicketPlan {
  const apply: TicketUpdateArgs[] = [];
  const undo = new Map<string, TicketUpdateArgs>();
  for (const ticket of tickets) {
    if (ticket[change.field] === change.value) continue;
    apply.push({ id: ticket.id, [change.field]: change.value });
    undo.set(ticket.id, { id: ticket.id, [change.field]: ticket[change.field] });
  }
  return { apply, undo };
}
