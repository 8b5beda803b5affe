import type { DesktopCore } from '../../src/desktop/createDesktopCore';
import { call } from './call';
import { hubGet } from './hubGet';
import type { LatencySummary } from './stats';
import { timedRounds } from './timedRounds';

const ROUNDS = 200;

/** Page sizes of the screens, shared with the hub-side twins the sync bench times after this child exits. */
export const screenPageSizes = { inbox: 50, exceptions: 100 } as const;

/**
 * The reads behind each screen, through the core's IPC (validation + SQL on the replica), and
 * the same records fetched from the running hub over HTTP (`/api/v1/history/*`): what a web help
 * desk pays per click. The inbox page and exceptions queue have no hub route; their hub-side
 * twins run in the parent once the hub is closed (lib/hubScreenServer.ts).
 */
export async function screenReads(core: DesktopCore, hubUrl: string, token: string): Promise<Record<string, LatencySummary>> {
  const tickets = await call(core, 'tickets.list', { view: 'all', limit: 1000 });
  const customers = (await call(core, 'customers.list', { query: '', limit: 500 })).customers;
  if (tickets.length === 0 || customers.length === 0) throw new Error('bench: the replica has no tickets or customers');
  const ticketAt = (i: number): string => tickets[(i * 7919) % tickets.length]!.id;
  const customerAt = (i: number): string => customers[(i * 7919) % customers.length]!.id;
  const words = ['delivery', 'customs', 'damaged', 'pickup', 'invoice', 'return', 'pallet', 'address'];
  return {
    inboxFirstPage: await timedRounds(ROUNDS, () => call(core, 'tickets.list', { view: 'all', limit: screenPageSizes.inbox })),
    ticketThread: await timedRounds(ROUNDS, (i) => call(core, 'tickets.get', { id: ticketAt(i) })),
    customer360: await timedRounds(ROUNDS, (i) => call(core, 'customers.get', { id: customerAt(i) })),
    exceptionsQueue: await timedRounds(ROUNDS, () => call(core, 'exceptions.list', { limit: screenPageSizes.exceptions })),
    knowledgeSearch: await timedRounds(ROUNDS, (i) => call(core, 'kb.search', { query: words[i % words.length]!, limit: 20 })),
    hubTicketThread: await timedRounds(ROUNDS, (i) => hubGet(hubUrl, `/api/v1/history/tickets/${ticketAt(i)}`, token)),
    hubCustomerHistory: await timedRounds(ROUNDS, (i) => hubGet(hubUrl, `/api/v1/history/customers/${customerAt(i)}?limit=20`, token)),
  };
}
