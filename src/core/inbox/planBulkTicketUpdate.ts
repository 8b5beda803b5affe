import type { z } from 'zod';
import type { TicketRow } from '../domain/rows';
import type { ticketSetTagsArgs } from '../mutations/ticketSetTags';
import type { ticketTransferArgs } from '../mutations/ticketTransfer';
import type { TicketUpdateArgs } from '../mutations/ticketUpdate';
import { uuidv7 } from '../util/uuidv7';

/** One change a bulk action makes on every selected ticket. */
export type BulkTicketChange =
  | { field: 'status'; value: TicketRow['status'] }
  | { field: 'priority'; value: TicketRow['priority'] }
  | { field: 'assigneeId'; value: string | null }
  | { field: 'tag'; value: string }
  | { field: 'teamId'; value: string; note: string };

export type BulkTicketField = BulkTicketChange['field'];

/** One mutation of a bulk action, for one ticket (each is its own outbox entry). */
export type BulkTicketCall =
  | { name: 'ticket.update'; args: TicketUpdateArgs }
  | { name: 'ticket.setTags'; args: z.input<typeof ticketSetTagsArgs> }
  | { name: 'ticket.transfer'; args: z.input<typeof ticketTransferArgs> };

export interface BulkTicketPlan {
  /** One call per ticket the change concerns (a ticket already there is left alone). */
  apply: BulkTicketCall[];
  /**
   * Per ticket id, the call that puts it back as it was before the batch. A move has none: the
   * ticket leaves this team's queue, and sending it back is the receiving team's decision.
   */
  undo: Map<string, BulkTicketCall>;
}

type BulkTicket = Pick<TicketRow, 'id' | 'status' | 'priority' | 'assigneeId' | 'tags' | 'teamId'>;

/**
 * Plans a bulk action as one mutation per ticket, and its undo from the tickets as they were: each
 * ticket gets its own previous value back, only for what the batch changed (a tag it added is
 * removed again; a tag the ticket already had is left on).
 */
export function planBulkTicketUpdate(tickets: readonly BulkTicket[], change: BulkTicketChange, newId: () => string = uuidv7): BulkTicketPlan {
  const apply: BulkTicketCall[] = [];
  const undo = new Map<string, BulkTicketCall>();
  for (const ticket of tickets) {
    const { id } = ticket;
    if (change.field === 'tag') {
      if (ticket.tags.includes(change.value)) continue;
      apply.push({ name: 'ticket.setTags', args: { id, add: [change.value] } });
      undo.set(id, { name: 'ticket.setTags', args: { id, remove: [change.value] } });
    } else if (change.field === 'teamId') {
      if (ticket.teamId === change.value) continue;
      apply.push({ name: 'ticket.transfer', args: { id, teamId: change.value, noteId: newId(), note: change.note } });
    } else {
      if (ticket[change.field] === change.value) continue;
      apply.push({ name: 'ticket.update', args: { id, [change.field]: change.value } });
      undo.set(id, { name: 'ticket.update', args: { id, [change.field]: ticket[change.field] } });
    }
  }
  return { apply, undo };
}
