import type { BulkTicketCall } from '../../../core';

/** What a desktop answers to one call: done, or refused with a reason. */
export type BulkCallReply = { ok: true } | { ok: false; error: { message: string } };

export type InvokeBulkCall = (call: BulkTicketCall) => Promise<BulkCallReply>;

export interface BulkOutcome {
  /** Tickets the change was written for (locally, through the outbox). */
  done: string[];
  failed: { id: string; message: string }[];
}

/**
 * Runs one mutation per ticket, in order, each its own outbox entry (so each is sent, refused or
 * undone on its own). A refusal of one does not stop the others.
 */
export async function runBulkTicketUpdate(invoke: InvokeBulkCall, calls: readonly BulkTicketCall[]): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { done: [], failed: [] };
  for (const call of calls) {
    const reply = await invoke(call);
    if (reply.ok) outcome.done.push(call.args.id);
    else outcome.failed.push({ id: call.args.id, message: reply.error.message });
  }
  return outcome;
}
