import {
  customerRowDefaults,
  messageRowDefaults,
  teamScope,
  ticketRowDefaults,
  tenantScope,
  type AgentRow,
  type CustomerRow,
  type MessageRow,
  type RowChange,
  type TeamRow,
  type TicketRow,
} from '../../core';
import { deterministicIds } from './deterministicIds';
import { demoFreightTickets } from './demoFreightTickets';
import { demoParcelTickets } from './demoParcelTickets';
import { DEMO_BASE_TIME, MINUTE, demoAgents, demoCustomers, demoTeams } from './demoPeople';

const DEMO_SEED = 0x4e1a7;

/**
 * The demo data set as row changes, identical on every run: fixed ids and timestamps.
 * `ticketNumber` is called once per ticket in order, so numbers are deterministic on a fresh hub.
 */
export async function buildDemoRows(ticketNumber: () => Promise<number>): Promise<RowChange[]> {
  const nextId = deterministicIds(DEMO_SEED);
  const out: RowChange[] = [];

  const teamIds = new Map<string, string>();
  for (const [i, t] of demoTeams.entries()) {
    const row: TeamRow = { id: nextId(DEMO_BASE_TIME - 30 * 24 * 60 * MINUTE + i), name: t.name, createdAt: DEMO_BASE_TIME - 30 * 24 * 60 * MINUTE };
    teamIds.set(t.key, row.id);
    out.push({ op: 'upsert', entity: 'teams', id: row.id, scope: tenantScope, row });
  }
  const agentIds = new Map<string, string>();
  for (const [i, a] of demoAgents.entries()) {
    const createdAt = DEMO_BASE_TIME - 29 * 24 * 60 * MINUTE + i * MINUTE;
    const row: AgentRow = { id: nextId(createdAt), teamId: need(teamIds, a.team), name: a.name, email: a.email, role: a.role, createdAt };
    agentIds.set(a.key, row.id);
    out.push({ op: 'upsert', entity: 'agents', id: row.id, scope: tenantScope, row });
  }
  const customerIds = new Map<string, string>();
  for (const [i, c] of demoCustomers.entries()) {
    const createdAt = DEMO_BASE_TIME - (200 - i * 11) * 24 * 60 * MINUTE;
    const { key, ...fields } = c;
    const row: CustomerRow = { ...customerRowDefaults(), id: nextId(createdAt), ...fields, createdAt, updatedAt: createdAt };
    customerIds.set(key, row.id);
    out.push({ op: 'upsert', entity: 'customers', id: row.id, scope: tenantScope, row });
  }

  const tickets = [...demoParcelTickets, ...demoFreightTickets].sort((a, b) => firstAt(a) - firstAt(b));
  for (const t of tickets) {
    const openedAt = DEMO_BASE_TIME + firstAt(t) * MINUTE;
    const lastAt = DEMO_BASE_TIME + Math.max(...t.messages.map((m) => m.at)) * MINUTE;
    const ticket: TicketRow = {
      ...ticketRowDefaults(),
      id: nextId(openedAt),
      number: await ticketNumber(),
      subject: t.subject,
      customerId: need(customerIds, t.customer),
      teamId: need(teamIds, t.team),
      assigneeId: t.assignee === null ? null : need(agentIds, t.assignee),
      channel: t.channel,
      status: t.status,
      priority: t.priority,
      createdAt: openedAt,
      updatedAt: lastAt,
      lastMessageAt: lastAt,
    };
    const scope = teamScope(ticket.teamId);
    out.push({ op: 'upsert', entity: 'tickets', id: ticket.id, scope, row: ticket });
    for (const m of t.messages) {
      const createdAt = DEMO_BASE_TIME + m.at * MINUTE;
      const inbound = m.from === 'customer';
      const message: MessageRow = {
        ...messageRowDefaults(),
        id: nextId(createdAt),
        ticketId: ticket.id,
        direction: inbound ? 'inbound' : m.note ? 'note' : 'outbound',
        channel: t.channel,
        authorId: m.from === 'customer' ? null : need(agentIds, m.from),
        body: m.body,
        deliveryStatus: inbound ? 'received' : m.note ? 'sent' : 'delivered',
        createdAt,
      };
      out.push({ op: 'upsert', entity: 'messages', id: message.id, scope, row: message });
    }
  }
  return out;
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
