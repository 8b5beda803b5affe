import { asc, eq, or } from 'drizzle-orm';
import type { Channel, QuietHours } from '../../../core';
import type { ReplyChannel } from '../../../core/contract/channels/knowledgeChannels';
import type { ReplicaDb } from '../../db/openReplica';
import { agents, contacts, customers, tickets } from '../../db/schema';

export interface ComposerOptions {
  channels: ReplyChannel[];
  defaultChannel: Channel;
  mentionable: { id: string; name: string }[];
  /** Whom a reply reaches, for the quiet-hours warning in their local time. */
  recipient: { name: string; language: string; quietHours: QuietHours | null } | null;
}

/**
 * The reply channels for this ticket's customer — the ticket's own channel first, then email
 * and SMS when an address or number is known — and who may be @mentioned in a note: the
 * ticket team's agents and the admins (the others cannot see the ticket).
 */
export function getComposerOptions(db: ReplicaDb, ticketId: string, selfId: string | null): ComposerOptions | null {
  const ticket = db.select().from(tickets).where(eq(tickets.id, ticketId)).get();
  if (!ticket) return null;
  const customer = db.select().from(customers).where(eq(customers.id, ticket.customerId)).get();
  const contact = ticket.contactId ? db.select().from(contacts).where(eq(contacts.id, ticket.contactId)).get() : undefined;
  const email = contact?.email ?? customer?.email ?? null;
  const phone = contact?.phone ?? customer?.phone ?? null;
  const addressOf: Record<Channel, string | null> = { email, sms: phone, phone, chat: null, social: null };
  const channels: ReplyChannel[] = [{ channel: ticket.channel, address: addressOf[ticket.channel] }];
  for (const channel of ['email', 'sms'] as const) {
    if (channel !== ticket.channel && addressOf[channel]) channels.push({ channel, address: addressOf[channel] });
  }
  const mentionable = db
    .select({ id: agents.id, name: agents.name })
    .from(agents)
    .where(or(eq(agents.teamId, ticket.teamId), eq(agents.role, 'admin')))
    .orderBy(asc(agents.name))
    .all()
    .filter((a) => a.id !== selfId);
  const recipient = customer
    ? { name: contact?.name ?? customer.name, language: customer.preferences.language, quietHours: customer.preferences.quietHours }
    : null;
  return { channels, defaultChannel: ticket.channel, mentionable, recipient };
}
