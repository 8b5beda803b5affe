import { agentRowSchema, customerRowSchema, uuidv7, type AgentRow, type CustomerRow } from '../../src/core';
import { startHub, type RunningHub } from '../../src/hub/startHub';
import { RawHubClient } from './RawHubClient';

export const MAYA = { email: 'maya@relay.example', password: 'demo-maya' } as const;
export const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' } as const;

/** A loopback hub on in-memory PGlite with the demo seed, and the ids the benches need. */
export interface BenchHub {
  hub: RunningHub;
  /** Priya's team (Parcel Support): both benchmark desktops work its tickets. */
  teamId: string;
  customers: CustomerRow[];
  agents: AgentRow[];
  close(): Promise<void>;
}

/** `dataDir`: a folder instead of memory, when the bench reopens the store after the hub closes. */
export async function startBenchHub(dataDir = ':memory:'): Promise<BenchHub> {
  const hub = await startHub({ dataDir, seed: 'demo', port: 0 });
  const raw = await RawHubClient.connect(hub.url, MAYA.email, MAYA.password);
  try {
    const agents = (await raw.snapshot('tenant', 'agents', 1000)).rows.map((r) => agentRowSchema.parse(r));
    const customers = (await raw.snapshot('tenant', 'customers', 1000)).rows.map((r) => customerRowSchema.parse(r));
    const priya = agents.find((a) => a.email === PRIYA.email);
    if (!priya) throw new Error('bench: the demo seed has no Priya');
    return { hub, teamId: priya.teamId, customers, agents, close: () => hub.close() };
  } finally {
    raw.close();
  }
}

/**
 * Grows the team's data set through the hub's authoritative path: `tickets` new tickets, each
 * with its first inbound message and `repliesPerTicket` replies, cycling over the demo customers.
 */
export async function growTeamData(bench: BenchHub, tickets: number, repliesPerTicket: number): Promise<{ tickets: number; messages: number }> {
  const base = Date.now();
  for (let i = 0; i < tickets; i++) {
    const customer = bench.customers[i % bench.customers.length];
    if (!customer) throw new Error('bench: the demo seed has no customers');
    const id = uuidv7();
    const created = await bench.hub.mutate(MAYA.email, 'ticket.create', {
      id,
      subject: `Bench shipment ${i + 1}: delivery exception at the hub`,
      customerId: customer.id,
      teamId: bench.teamId,
      channel: i % 3 === 0 ? 'chat' : 'email',
      firstMessage: { id: uuidv7(), direction: 'inbound', body: benchBody(i, base) },
    });
    if (created.status !== 'applied') throw new Error(`bench: ticket.create ${created.status}`);
    for (let r = 0; r < repliesPerTicket; r++) {
      const sent = await bench.hub.mutate(MAYA.email, 'message.send', { id: uuidv7(), ticketId: id, kind: r % 2 === 0 ? 'reply' : 'note', body: benchBody(i + r + 1, base) });
      if (sent.status !== 'applied') throw new Error(`bench: message.send ${sent.status}`);
    }
  }
  return { tickets, messages: tickets * (1 + repliesPerTicket) };
}

/** A realistic ~250-character message body, different per index. */
export function benchBody(i: number, salt: number = 0): string {
  return (
    `Hello, tracking for consignment RL${String(100000 + i)}-${salt % 1000} shows no scan since the depot. ` +
    'We have opened a trace with the carrier and will update you within four working hours. ' +
    'Please keep the delivery window free; a new ETA follows.'
  );
}
