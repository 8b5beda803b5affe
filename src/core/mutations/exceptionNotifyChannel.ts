import type { CustomerRow, TicketRow } from '../domain/rows';
import type { NotifiableChannel } from '../rules/notifications/NotificationPreferences';

const fallbackOrder: readonly NotifiableChannel[] = ['email', 'sms', 'chat', 'social'];

/**
 * The channel a queue notification goes out on: the customer's preferred one, else the
 * macro's, else the first other; each only when the customer opted in to proactive
 * messages there and we can reach them (email/phone on file; chat/social when the ticket is on it).
 * null = no such channel.
 */
export function exceptionNotifyChannel(
  customer: CustomerRow,
  ticket: Pick<TicketRow, 'channel'>,
  macroChannel: string | null,
): NotifiableChannel | null {
  const usable = (channel: string | null): channel is NotifiableChannel => {
    if (channel === null || channel === 'phone') return false;
    const c = channel as NotifiableChannel;
    if (!customer.preferences.optIns[c]) return false;
    if (c === 'email') return customer.email !== null;
    if (c === 'sms') return customer.phone !== null;
    return ticket.channel === c;
  };
  for (const candidate of [customer.preferences.preferredChannel, macroChannel, ...fallbackOrder]) {
    if (usable(candidate)) return candidate;
  }
  return null;
}
