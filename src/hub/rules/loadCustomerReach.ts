import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Channel, CustomerRow, SentNotification } from '../../core';
import type { HubTx } from '../store/openStore';
import { contacts, messages, tickets } from '../store/schema';
import { chooseTeams } from './chooseTeams';
import { anyOf } from '../store/anyOf';

/** Ids bound per IN list. */
const chunk = 1_000;

/** What the notification rules know about a set of customers, read set-based. */
export interface CustomerReach {
  /** Where each customer can be reached (email/phone on the customer or a contact; chat/social where they wrote before). */
  reachable: Map<string, Set<Channel>>;
  /** Proactive messages (outbound, no agent author) they got since `since`. */
  history: SentNotification[];
  /** The team that owns a new ticket for each customer (see chooseTeams; null: no team exists). */
  team: Map<string, string | null>;
}

/** Reachability, recent proactive history and owning team for many customers in a few queries (one of each per 1,000 customers). */
export async function loadCustomerReach(tx: HubTx, customers: readonly CustomerRow[], since: number): Promise<CustomerReach> {
  const reach: CustomerReach = { reachable: new Map(), history: [], team: new Map() };
  for (const c of customers) {
    const channels = new Set<Channel>();
    if (c.email) channels.add('email');
    if (c.phone) channels.add('sms');
    reach.reachable.set(c.id, channels);
  }
  const ids = [...reach.reachable.keys()];
  reach.team = await chooseTeams(tx, ids);
  for (let i = 0; i < ids.length; i += chunk) {
    const part = ids.slice(i, i + chunk);
    const [people, channels, sent] = await Promise.all([
      tx.select({ customerId: contacts.customerId, email: contacts.email, phone: contacts.phone }).from(contacts).where(anyOf(contacts.customerId, part)),
      tx.selectDistinct({ customerId: tickets.customerId, channel: tickets.channel }).from(tickets).where(anyOf(tickets.customerId, part)),
      tx
        .select({ customerId: tickets.customerId, sentAt: messages.createdAt, shipmentId: tickets.shipmentId })
        .from(messages)
        .innerJoin(tickets, eq(messages.ticketId, tickets.id))
        .where(and(anyOf(tickets.customerId, part), eq(messages.direction, 'outbound'), isNull(messages.authorId), gt(messages.createdAt, since))),
    ]);
    for (const p of people) {
      if (p.email) reach.reachable.get(p.customerId)?.add('email');
      if (p.phone) reach.reachable.get(p.customerId)?.add('sms');
    }
    for (const { customerId, channel } of channels) if (channel === 'chat' || channel === 'social') reach.reachable.get(customerId)?.add(channel);
    reach.history.push(...sent);
  }
  return reach;
}
