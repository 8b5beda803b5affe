import { messageRowDefaults, ticketRowDefaults, type MessageRow } from '../../core';
import { demoFreightTickets } from './demoFreightTickets';
import { demoParcelTickets } from './demoParcelTickets';
import { DEMO_BASE_TIME, MINUTE, demoCustomers } from './demoPeople';
import type { WorldContext } from './WorldContext';
import { withSeededSla } from './withSeededSla';

/** The hand-written demo tickets (named customers, real conversations), newest in the world. */
export function handWrittenTickets(ctx: WorldContext, customerIds: ReadonlyMap<string, string>, agentIds: ReadonlyMap<string, string>): void {
  const tickets = [...demoParcelTickets, ...demoFreightTickets].sort((a, b) => firstAt(a) - firstAt(b));
  for (const t of tickets) {
    const openedAt = DEMO_BASE_TIME + firstAt(t) * MINUTE;
    const lastAt = DEMO_BASE_TIME + Math.max(...t.messages.map((m) => m.at)) * MINUTE;
    const number = ctx.counters.ticket++;
    const customerId = need(customerIds, t.customer);
    const firstReply = t.messages.find((m) => m.from !== 'customer' && !m.note);
    const fields = {
      ...ticketRowDefaults(),
      id: ctx.id(openedAt),
      number,
      subject: t.subject,
      customerId,
      teamId: ctx.teams[t.team],
      assigneeId: t.assignee === null ? null : need(agentIds, t.assignee),
      channel: t.channel,
      status: t.status,
      priority: t.priority,
      createdAt: openedAt,
      updatedAt: lastAt,
      lastMessageAt: lastAt,
    };
    const tier = demoCustomers.find((c) => c.key === t.customer)?.tier ?? 'standard';
    const ticket = withSeededSla(fields, tier, ctx.slaPolicy, firstReply ? DEMO_BASE_TIME + firstReply.at * MINUTE : null, ctx.calendarOf(fields.teamId));
    ctx.emit('tickets', ticket);
    for (const m of t.messages) {
      const createdAt = DEMO_BASE_TIME + m.at * MINUTE;
      const inbound = m.from === 'customer';
      const message: MessageRow = {
        ...messageRowDefaults(),
        id: ctx.id(createdAt),
        ticketId: ticket.id,
        direction: inbound ? 'inbound' : m.note ? 'note' : 'outbound',
        channel: t.channel,
        authorId: m.from === 'customer' ? null : need(agentIds, m.from),
        subject: t.channel === 'email' && !m.note ? (m === t.messages[0] ? t.subject : `Re: ${t.subject} [#${number}]`) : null,
        body: m.body,
        htmlBody: m.html ?? null,
        deliveryStatus: inbound ? 'received' : m.note ? 'sent' : 'delivered',
        createdAt,
      };
      ctx.emit('messages', message);
    }
  }
}

/** Minutes after DEMO_BASE_TIME of the ticket's first message: when it was opened. */
function firstAt(t: { messages: ReadonlyArray<{ at: number }> }): number {
  return Math.min(...t.messages.map((m) => m.at));
}

function need(map: ReadonlyMap<string, string>, key: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`demo data refers to unknown key "${key}"`);
  return id;
}
