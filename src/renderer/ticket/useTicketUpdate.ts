import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { IpcInput } from '../../core';
import { relay } from '../bridge/relay';

export type TicketChange = Omit<IpcInput<'ticket.update'>, 'id'>;

/** Sends a ticket change through the outbox; `busy` names the action in flight; failures become a notification. */
export function useTicketUpdate(ticketId: string) {
  const [busy, setBusy] = useState<string | null>(null);
  async function update(action: string, change: TicketChange): Promise<boolean> {
    setBusy(action);
    const reply = await relay().invoke('ticket.update', { id: ticketId, ...change });
    setBusy(null);
    if (!reply.ok) notifications.show({ color: 'red', title: 'Could not update the ticket', message: reply.error.message });
    return reply.ok;
  }
  return { busy, update };
}
