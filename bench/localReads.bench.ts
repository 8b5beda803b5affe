import { teamScope } from '../src/core';
import type { DesktopCore } from '../src/desktop/createDesktopCore';
import { growTeamData, PRIYA, startBenchHub } from './lib/benchHub';
import { call } from './lib/call';
import { figure, type BenchOutcome } from './lib/Figure';
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

/** Bench 4: inbox and ticket reads on the replica against one hub round trip for a page of the team's tickets. */
export async function benchLocalReads(scale: number): Promise<BenchOutcome> {
  const extraTickets = Math.round(1000 * scale);
  const repliesPerTicket = 2;
  const iterations = 300;
  const bench = await startBenchHub();
  const dir = tempDir('relay-bench-reads-');
  let core: DesktopCore | null = null;
  let raw: RawHubClient | null = null;
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

    const list = await sample(iterations, () => call(c, 'tickets.list', { limit: LIST_LIMIT }));
    // Stride through the tickets so reads do not all hit one hot page.
    const get = await sample(iterations, (i) => call(c, 'tickets.get', { id: ids[(i * 7919) % ids.length] ?? '' }));
    raw = await RawHubClient.connect(bench.hub.url, PRIYA.email, PRIYA.password);
    const r = raw;
    const scope = teamScope(bench.teamId);
    const teamTickets = (await r.snapshot(scope, 'tickets', 1)).total;
    const hub = await sample(iterations, () => r.snapshot(scope, 'tickets', LIST_LIMIT));

    const l = summarize(list);
    const g = summarize(get);
    const h = summarize(hub);
    const name = 'local reads (replica via core.invoke)';
    const baseline = (p: string): string => `hub round trip: socket snapshot page of ${LIST_LIMIT} tickets, ${p}`;
    return {
      figures: [
        figure({ bench: name, measure: `tickets.list (limit ${LIST_LIMIT}) p50`, value: l.p50, unit: 'ms', baseline: baseline('p50'), baselineValue: h.p50 }),
        figure({ bench: name, measure: `tickets.list (limit ${LIST_LIMIT}) p95`, value: l.p95, unit: 'ms', baseline: baseline('p95'), baselineValue: h.p95 }),
        figure({ bench: name, measure: 'tickets.get p50', value: g.p50, unit: 'ms', baseline: baseline('p50'), baselineValue: h.p50 }),
        figure({ bench: name, measure: 'tickets.get p95', value: g.p95, unit: 'ms', baseline: baseline('p95'), baselineValue: h.p95 }),
      ],
      details: {
        dataSet: { seed: 'demo', extraTickets: grown.tickets, extraMessages: grown.messages, teamTickets },
        growMs,
        firstSyncMs,
        iterations,
        ticketsListMs: l,
        ticketsGetMs: g,
        hubSnapshotPageMs: h,
      },
    };
  } finally {
    raw?.close();
    await core?.close();
    await bench.close();
    dir.remove();
  }
}
