import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Channel, CustomerRow, SentNotification } from '../../core';
import type { HubTx } from '../store/openStore';
import { contacts, messages, tickets } from '../store/schema';

/**
 * Where a customer can be reached (email/phone on the customer or a contact; chat/social where
 * they have written to us before) and the proactive messages they got since `since`
 * (outbound messages no agent wrote, on their tickets).
 */
export async function loadNotificationInputs(
  tx: HubTx,
  customer: CustomerRow,
  since: number,
): Promise<{ reachable: Set<Channel>; history: SentNotification[] }> {
  const [people, channels, sent] = await Promise.all([
    tx.select({ email: contacts.email, phone: contacts.phone }).from(contacts).where(eq(contacts.customerId, customer.id)),
    tx.selectDistinct({ channel: tickets.channel }).from(tickets).where(eq(tickets.customerId, customer.id)),
    tx
      .select({ sentAt: messages.createdAt, shipmentId: tickets.shipmentId })
      .from(messages)
      .innerJoin(tickets, eq(messages.ticketId, tickets.id))
      .where(and(eq(tickets.customerId, customer.id), eq(messages.direction, 'outbound'), isNull(messages.authorId), gt(messages.createdAt, since))),
  ]);
  const reachable = new Set<Channel>();
  if (customer.email || people.some((p) => p.email)) reachable.add('email');
  if (customer.phone || people.some((p) => p.phone)) reachable.add('sms');
  for (const { channel } of channels) if (channel === 'chat' || channel === 'social') reachable.add(channel);
  return { reachable, history: sent.map((s) => ({ customerId: customer.id, shipmentId: s.shipmentId, sentAt: s.sentAt })) };
}
