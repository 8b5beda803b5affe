import type { StoreTarget } from '../../src/hub/store/openStore';
import { hubGet } from './hubGet';
import { startHubScreenServer } from './hubScreenServer';
import type { LatencySummary } from './stats';
import { timedRounds } from './timedRounds';

export interface HubScreenTimes {
  inbox?: { latency: LatencySummary; items: number };
  exceptions?: { latency: LatencySummary; items: number; total: number };
}

/**
 * Times the hub's answer for the same inbox page / exceptions queue as the desktop's screens
 * (lib/hubScreenServer.ts over the hub's store, loopback HTTP), and reports the answer's size so
 * the caller can check both sides did the same work.
 */
export async function hubScreenReads(target: StoreTarget, email: string, pages: { inbox?: number; exceptions?: number }, rounds: number): Promise<HubScreenTimes> {
  const server = await startHubScreenServer(target, email);
  try {
    const out: HubScreenTimes = {};
    if (pages.inbox !== undefined) {
      const path = `/inbox?limit=${pages.inbox}`;
      const answer = JSON.parse(await hubGet(server.url, path)) as { tickets: unknown[] };
      out.inbox = { latency: await timedRounds(rounds, () => hubGet(server.url, path)), items: answer.tickets.length };
    }
    if (pages.exceptions !== undefined) {
      const path = `/exceptions?limit=${pages.exceptions}`;
      const answer = JSON.parse(await hubGet(server.url, path)) as { items: unknown[]; total: number };
      out.exceptions = { latency: await timedRounds(rounds, () => hubGet(server.url, path)), items: answer.items.length, total: answer.total };
    }
    return out;
  } finally {
    await server.close();
  }
}
