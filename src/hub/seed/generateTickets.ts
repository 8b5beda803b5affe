import { exceptionRowDefaults, type Channel, type ContactRow, type CustomerRow, type MessageRow, type OrderRow, type ShipmentRow, type TicketRow, type TicketStatus } from '../../core';
import type { CarrierEvent, ShipmentScenario } from './carrierEvents';
import { HOUR, MINUTE, type DemoTeamKey } from './demoPeople';
import { exceptionSeverityOf, exceptionTypeOf, ticketStory } from './ticketStories';
import type { WorldContext } from './WorldContext';
import { withSeededSla } from './withSeededSla';

export interface ShipmentStory {
  customer: CustomerRow;
  contacts: readonly ContactRow[];
  order: OrderRow | null;
  shipment: ShipmentRow | null;
  scenario: ShipmentScenario | null;
  events: readonly CarrierEvent[];
  team: DemoTeamKey;
}

const channels: Channel[] = ['email', 'chat', 'sms', 'social', 'phone'];

/**
 * The tickets and exception a shipment story produces: a problem shipment gets an exception
 * (linked to its ticket when the customer wrote in); calm shipments rarely get a question.
 */
export function generateShipmentTickets(ctx: WorldContext, story: ShipmentStory): void {
  const { rng } = ctx;
  const type = story.scenario ? exceptionTypeOf[story.scenario] : undefined;
  const wantsTicket =
    story.shipment === null ||
    (type !== undefined && rng.chance(ctx.rates.problemTicketChance)) ||
    (story.scenario === 'unknown_code' && rng.chance(0.5)) ||
    (type === undefined && rng.chance(0.02));
  const ticket = wantsTicket ? generateTicket(ctx, story) : null;
  if (!type || !story.shipment) return;
  const detectedAt = Math.min(ctx.now, (story.events.at(-1)?.occurredAt ?? story.shipment.createdAt) + rng.int(5, 90) * MINUTE);
  const resolved = type === 'returned' || ticket?.status === 'solved' || ticket?.status === 'closed';
  const acknowledged = resolved || rng.chance(0.35);
  const bump = story.customer.tier === 'platinum' && exceptionSeverityOf[type] === 'medium';
  ctx.emit('exceptions', {
    ...exceptionRowDefaults(),
    id: ctx.id(detectedAt),
    type,
    severity: bump ? 'high' : exceptionSeverityOf[type],
    status: resolved ? 'resolved' : acknowledged ? 'acknowledged' : 'open',
    shipmentId: story.shipment.id,
    customerId: story.customer.id,
    teamId: ctx.teams[story.team],
    ticketId: ticket?.id ?? null,
    detectedAt,
    acknowledgedAt: acknowledged ? Math.min(ctx.now, detectedAt + rng.int(10, 180) * MINUTE) : null,
    resolvedAt: resolved ? Math.min(ctx.now, detectedAt + rng.int(6, 72) * HOUR) : null,
    note: acknowledged && rng.chance(0.5) ? 'Carrier contacted; waiting for their update.' : null,
    dedupeKey: `${story.shipment.id}:${type}`,
  });
}

function generateTicket(ctx: WorldContext, story: ShipmentStory): TicketRow {
  const { rng } = ctx;
  const words = ticketStory(story.scenario, story.order, story.shipment, rng.int(0, 3));
  const problem = story.scenario !== null && story.scenario !== 'delivered' && story.scenario !== 'in_transit';
  const after = story.events.at(-1)?.occurredAt ?? story.order?.createdAt ?? ctx.now - rng.int(1, 25) * 24 * HOUR;
  const openedAt = Math.min(ctx.now - 30 * MINUTE, after + rng.int(1, 30) * HOUR);
  const status: TicketStatus = rng.weighted(
    problem
      ? [['new', 25], ['open', 35], ['pending', 18], ['on_hold', 8], ['solved', 10], ['closed', 4]]
      : [['new', 10], ['open', 15], ['pending', 10], ['solved', 45], ['closed', 20]],
  );
  const priority = rng.weighted(words.priority);
  const channel = rng.chance(0.6) ? story.customer.preferences.preferredChannel : rng.pick(channels);
  const team = ctx.agentsByTeam[story.team];
  const agentId = rng.pick(team);
  const number = ctx.counters.ticket++;
  const id = ctx.id(openedAt);
  const email = channel === 'email';
  const contactId = story.contacts.length > 0 ? rng.pick(story.contacts).id : null;

  // Times of the thread: opening, then (unless still new) the agent's reply, a follow-up, a close.
  const messages: MessageRow[] = [];
  let at = openedAt;
  const add = (direction: MessageRow['direction'], body: string, authorId: string | null): void => {
    at = Math.min(ctx.now - MINUTE, at + (messages.length === 0 ? 0 : rng.int(8, 600) * MINUTE));
    const inbound = direction === 'inbound';
    messages.push({
      id: ctx.id(at),
      ticketId: id,
      direction,
      channel,
      authorId,
      subject: email ? (messages.length === 0 ? words.subject : `Re: ${words.subject} [#${number}]`) : null,
      body,
      htmlBody: email && inbound && rng.chance(0.5) ? `<p>${escapeHtml(body)}</p>` : null,
      attachments:
        inbound && messages.length === 0 && story.scenario === 'damaged'
          ? [{ name: 'damage-photo-1.jpg', contentType: 'image/jpeg', size: rng.int(80_000, 2_400_000), storageKey: `attachments/${id}/1` }]
          : [],
      cc: [], bcc: [], mentions: [],
      externalId: email ? `<${id.slice(0, 8)}.${messages.length}@${inbound ? 'mail.example' : 'relay.example'}>` : null,
      call: null,
      deliveryStatus: inbound ? 'received' : direction === 'note' ? 'sent' : 'delivered',
      createdAt: at,
    });
  };
  // A phone ticket starts with the agent's note of the call, as ticket.create records it.
  if (channel === 'phone') add('note', `Call from ${story.customer.name}: ${words.opening}`, agentId);
  else add('inbound', words.opening, null);
  if (status !== 'new') add('outbound', words.reply, agentId);
  if (status !== 'new' && rng.chance(0.6)) add('inbound', words.followUp, null);
  if (status === 'solved' || status === 'closed') add('outbound', words.closing, agentId);

  const firstReply = messages.find((m) => m.direction === 'outbound');
  const last = messages.at(-1)?.createdAt ?? openedAt;
  const fields = {
    id,
    number,
    subject: words.subject,
    customerId: story.customer.id,
    contactId,
    teamId: ctx.teams[story.team],
    assigneeId: status === 'new' ? null : agentId,
    channel,
    status,
    priority,
    orderId: story.order?.id ?? null,
    shipmentId: story.shipment?.id ?? null,
    mergedIntoId: null,
    tags: [],
    fields: {},
    createdAt: openedAt,
    updatedAt: last,
    lastMessageAt: last,
  };
  // Solved/paused stamps at the last message, due times from the policy: the same core function as the hub's rules.
  const ticket = withSeededSla(fields, story.customer.tier, ctx.slaPolicy, firstReply?.createdAt ?? null, ctx.calendarOf(fields.teamId));
  ctx.emit('tickets', ticket);
  for (const m of messages) ctx.emit('messages', m);
  if ((status === 'solved' || status === 'closed') && rng.chance(0.55)) {
    const score = rng.weighted([[5, 45], [4, 30], [3, 12], [2, 7], [1, 6]] as const);
    ctx.emit('csat_responses', {
      id: ctx.id(last + HOUR),
      ticketId: id,
      customerId: story.customer.id,
      score,
      comment: rng.chance(0.4) ? (score >= 4 ? 'Quick and helpful, thank you.' : 'Took too long to get an answer.') : null,
      createdAt: Math.min(ctx.now, last + HOUR),
    });
  }
  return ticket;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
