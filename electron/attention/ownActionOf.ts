import { ipcContract } from '../../src/core/contract/ipcContract';

export type OwnAction = { kind: 'viewed'; ticketId: string } | { kind: 'assigned_self'; ticketId: string } | null;

/**
 * What a request the window made (and the core accepted) says about the agent: opening a
 * ticket reads it; assigning a ticket to oneself must not come back as a notification.
 */
export function ownActionOf(channel: string, input: unknown, me: string | null): OwnAction {
  if (channel === 'tickets.get') {
    const parsed = ipcContract['tickets.get'].input.safeParse(input);
    return parsed.success ? { kind: 'viewed', ticketId: parsed.data.id } : null;
  }
  if (channel === 'ticket.update' && me) {
    const parsed = ipcContract['ticket.update'].input.safeParse(input);
    if (parsed.success && parsed.data.assigneeId === me) return { kind: 'assigned_self', ticketId: parsed.data.id };
  }
  return null;
}
