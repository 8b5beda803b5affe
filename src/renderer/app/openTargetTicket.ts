import type { OpenTarget } from '../../core';

/**
 * Which ticket shows an item the shell asked to open: a ticket itself; a customer's most
 * recently active ticket (the list comes newest first); null with the reason otherwise.
 */
export function openTargetTicket(target: OpenTarget, tickets: readonly { id: string; customerId: string }[] | null): { ticketId: string } | { reason: string } {
  if (target.kind === 'ticket') return { ticketId: target.id };
  if (target.kind === 'customer') {
    const latest = tickets?.find((t) => t.customerId === target.id);
    return latest ? { ticketId: latest.id } : { reason: 'This customer has no tickets on this computer.' };
  }
  return { reason: 'This exception has no ticket yet; find it in the exception queue.' };
}
