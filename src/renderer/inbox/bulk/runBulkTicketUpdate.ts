import type { IpcReply, TicketUpdateArgs } from '../../../core';

export type InvokeTicketUpdate = (args: TicketUpdateArgs) => Promise<IpcReply<'ticket.update'>>;

export interface BulkOutcome {
  /** Tickets the change was written for (locally, through the outbox). */
  done: string[];
  failed: { id: string; message: string }[];
}

/**
 * Runs one ticket.update per ticket, in order, each its own outbox entry (so each is sent,
 * refused or undone on its own). A refusal of one does not stop the others.
 */
export async function runBulkTicketUpdate(invoke: InvokeTicketUpdate, calls: readonly TicketUpdateArgs[]): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { done: [], failed: [] };
  for (const args of calls) {
    const reply = await invoke(args);
    if (reply.ok) outcome.done.push(args.id);
    else outcome.failed.push({ id: args.id, message: reply.error.message });
  }
  return outcome;
}
