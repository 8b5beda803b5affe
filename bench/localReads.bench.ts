import type { DesktopCore } from '../src/desktop/createDesktopCore';
import { growTeamData, PRIYA, startBenchHub } from './lib/benchHub';
import { call } from './lib/call';
import { figure, type BenchOutcome } from './lib/Figure';
import { hubGet } from './lib/hubGet';
import { hubScreenReads } from './lib/hubScreenReads';
import { RawHubClient } from './lib/RawHubClient';
import { signedInCore } from './lib/signedInCore';
import { summarize } from './lib/stats';
import { tempDir } from './lib/tempDir';
import { nowMs } from './lib/timer';

const LIST_LIMIT = 200;

async function sample(iterations: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const warmup = Math.min(20, iterations);
  for (let i = 0; i < warmup; i++) await fn(i);
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = nowMs();
    await fn(i);
    out.push(nowMs() - start);
  }
  return out;
}

/**
 * Bench 4: inbox and ticket reads on the replica against the hub's answer for the same work: the
 * same inbox page of the team's tickets (lib/hubScreenServer.ts on the hub's store, after the hub
 * closes) and the same ticket with its thread (`GET /api/v1/history/tickets/:id`).
 */
export async function benchLocalReads(scale: number): Promise<BenchOutcome> {
  const extraTickets = Math.round(1000 * scale);
  const repliesPerTicket = 2;
  const iterations = 300;
  const dir = tempDir('relay-bench-reads-');
  // On a folder, not in memory: the hub-side inbox page reopens the store once the hub is closed.
  const bench = await startBenchHub(dir.file('hub'));
  let core: DesktopCore | null = null;
  try {
    const growStart = nowMs();
    const grown = await growTeamData(bench, extraTickets, repliesPerTicket);
    const growMs = nowMs() - growStart;
    const syncStart = nowMs();
    core = await signedInCore(dir.file('priya.sqlite'), bench.hub.url, PRIYA);
    const firstSyncMs = nowMs() - syncStart;
    const c = core;
    const ids = (await call(c, 'tickets.list', { limit: 1000 })).map((t) => t.id);
    if (ids.length === 0) throw new Error('bench: the replica has no tickets');
    // Stride through the tickets so reads do not all hit one hot page.
    const idAt = (i: number): string => ids[(i * 7919) % ids.length] ?? '';

    const list = await sample(iterations, () => call(c, 'tickets.list', { limit: LIST_LIMIT }));
    const get = await sample(iterations, (i) => call(c, 'tickets.get', { id: idAt(i) }));
    const token = await RawHubClient.login(bench.hub.url, PRIYA.email, PRIYA.password);
    const hubThread = await sample(iterations, (i) => hubGet(bench.hub.url, `/api/v1/history/tickets/${idAt(i)}`, token));
    await core.close();
    core = null;
    await bench.close();
    const hubPage = (await hubScreenReads({ kind: 'pglite', dataDir: dir.file('hub') }, PRIYA.email, { inbox: LIST_LIMIT }, iterations)).inbox;
    if (!hubPage) throw new Error('bench: no hub inbox page');
    const expectedItems = Math.min(LIST_LIMIT, ids.length);
    if (hubPage.items !== expectedItems) throw new Error(`bench: the hub's inbox page has ${hubPage.items} tickets, the replica's ${expectedItems}`);

    const l = summarize(list);
    const g = summarize(get);
    const t = summarize(hubThread);
    const h = hubPage.latency;
    const name = 'local reads (replica via core.invoke)';
    const pageBaseline = (p: string): string => `hub HTTP: the same inbox page of ${LIST_LIMIT}, ${p}`;
    const threadBaseline = (p: string): string => `hub HTTP: the same ticket + thread, ${p}`;
    return {
      figures: [
        figure({ bench: name, measure: `tickets.list (limit ${LIST_LIMIT}) p50`, value: l.p50, unit: 'ms', baseline: pageBaseline('p50'), baselineValue: h.p50 }),
        figure({ bench: name, measure: `tickets.list (limit ${LIST_LIMIT}) p95`, value: l.p95, unit: 'ms', baseline: pageBaseline('p95'), baselineValue: h.p95 }),
        figure({ bench: name, measure: 'tickets.get p50', value: g.p50, unit: 'ms', baseline: threadBaseline('p50'), baselineValue: t.p50 }),
        figure({ bench: name, measure: 'tickets.get p95', value: g.p95, unit: 'ms', baseline: threadBaseline('p95'), baselineValue: t.p95 }),
      ],
      details: {
        dataSet: { seed: 'demo', extraTickets: grown.tickets, extraMessages: grown.messages, replicaTickets: ids.length },
        growMs,
        firstSyncMs,
        iterations,
        ticketsListMs: l,
        ticketsGetMs: g,
        hubInboxPageMs: h,
        hubTicketThreadMs: t,
      },
    };
  } finally {
    await core?.close();
    // Idempotent: a no-op when the hub closed before its store was reopened.
    await bench.close();
    dir.remove();
  }
}
