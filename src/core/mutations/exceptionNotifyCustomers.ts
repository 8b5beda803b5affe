import { z } from 'zod';
import { defineMutation, type RowChange, type RowRef } from './MutationDef';
import { exceptionNotifyCustomer, exceptionNotifyCustomerArgs } from './exceptionNotifyCustomer';
import { exceptionOpenTicket, exceptionOpenTicketArgs } from './exceptionOpenTicket';
import { MutationRejection } from './MutationRejection';
import { overlayRows } from './overlayRows';

export const exceptionNotifyCustomersArgs = z.object({
  items: z
    .array(
      z.object({
        notify: exceptionNotifyCustomerArgs,
        /** Open this ticket first (none linked, or the linked one is closed); its id is notify.ticketId. */
        openTicket: exceptionOpenTicketArgs.nullable(),
      }),
    )
    .min(1, 'select at least one exception')
    .max(200, 'at most 200 exceptions at once'),
});
export type ExceptionNotifyCustomersArgs = z.infer<typeof exceptionNotifyCustomersArgs>;

/**
 * Notifies the customers of several exceptions as one change: per exception, open its ticket
 * when needed (exception.openTicket) and queue the macro message (exception.notifyCustomer).
 * All or nothing, on the desktop replica and on the hub: one refusal refuses the whole batch,
 * naming the exception, so no ticket is left open without its message.
 */
export const exceptionNotifyCustomers = defineMutation({
  name: 'exception.notifyCustomers',
  callers: 'agents',
  args: exceptionNotifyCustomersArgs,
  sequences: (args) => ({ ticketNumber: args.items.filter((i) => i.openTicket !== null).length }),
  reads: (args) => {
    const refs: RowRef[] = [];
    for (const item of args.items) {
      if (item.openTicket) refs.push(...exceptionOpenTicket.reads(item.openTicket));
      refs.push(...exceptionNotifyCustomer.reads(item.notify));
    }
    return refs;
  },
  apply(args, rows, ctx) {
    const changes: RowChange[] = [];
    let opened = 0;
    for (const [index, item] of args.items.entries()) {
      const current = overlayRows(rows, changes);
      try {
        if (item.openTicket) {
          if (item.openTicket.ticketId !== item.notify.ticketId) {
            throw new MutationRejection('invalid_args', 'the message must go on the ticket opened for it');
          }
          const first = ctx.sequences.ticketNumber;
          const sequences = first === undefined ? {} : { ticketNumber: first + opened };
          opened += 1;
          changes.push(...exceptionOpenTicket.apply(item.openTicket, current, { ...ctx, sequences }));
        }
        changes.push(...exceptionNotifyCustomer.apply(item.notify, overlayRows(rows, changes), ctx));
      } catch (error) {
        if (!(error instanceof MutationRejection)) throw error;
        throw new MutationRejection(error.code, `Exception ${index + 1} of ${args.items.length}: ${error.message} Nothing was sent.`);
      }
    }
    return changes;
  },
});
