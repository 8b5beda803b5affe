import type { DesktopCore } from '../../src/desktop/createDesktopCore';
import { call } from './call';
import { summarize, type LatencySummary } from './stats';
import { nowMs } from './timer';

const ROUNDS = 200;
const WARMUP = 10;

async function timed(rounds: number, run: (i: number) => Promise<unknown>): Promise<LatencySummary> {
  const samples: number[] = [];
  for (let i = 0; i < rounds + WARMUP; i++) {
    const start = nowMs();
    await run(i);
    if (i >= WARMUP) samples.push(nowMs() - start);
  }
  return summarize(samples);
}

/** GET with the agent's token; fails on anything but 200 (a bench must not time error pages). */
async function hubGet(hubUrl: string, token: string, path: string): Promise<void> {
  const res = await fetch(`${hubUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) throw new Error(`bench: GET ${path} answered ${res.status}`);
  await res.arrayBuffer();
}

/**
 * The reads behind each screen, through the core's IPC (validation + SQL on the replica), and
 * the same records fetched from the hub over HTTP (`/api/v1/history/*`): what a web help desk
 * pays per click.
 */
export async function screenReads(core: DesktopCore, hubUrl: string, token: string): Promise<Record<string, LatencySummary>> {
  const tickets = await call(core, 'tickets.list', { view: 'all', limit: 1000 });
  const customers = (await call(core, 'customers.list', { query: '', limit: 500 })).customers;
  if (tickets.length === 0 || customers.length === 0) throw new Error('bench: the replica has no tickets or customers');
  const ticketAt = (i: number): string => tickets[(i * 7919) % tickets.length]!.id;
  const customerAt = (i: number): string => customers[(i * 7919) % customers.length]!.id;
  const words = ['delivery', 'customs', 'damaged', 'pickup', 'invoice', 'return', 'pallet', 'address'];
  return {
    inboxFirstPage: await timed(ROUNDS, () => call(core, 'tickets.list', { view: 'all', limit: 50 })),
    ticketThread: await timed(ROUNDS, (i) => call(core, 'tickets.get', { id: ticketAt(i) })),
    customer360: await timed(ROUNDS, (i) => call(core, 'customers.get', { id: customerAt(i) })),
    exceptionsQueue: await timed(ROUNDS, () => call(core, 'exceptions.list', { limit: 100 })),
    knowledgeSearch: await timed(ROUNDS, (i) => call(core, 'kb.search', { query: words[i % words.length]!, limit: 20 })),
    hubTicketThread: await timed(ROUNDS, (i) => hubGet(hubUrl, token, `/api/v1/history/tickets/${ticketAt(i)}`)),
    hubCustomerHistory: await timed(ROUNDS, (i) => hubGet(hubUrl, token, `/api/v1/history/customers/${customerAt(i)}?limit=20`)),
  };
}
