import { teamScope } from '../src/core';
import type { DesktopCore } from '../src/desktop/createDesktopCore';
import { arrival } from './lib/arrival';
import { benchBody, MAYA, PRIYA, startBenchHub } from './lib/benchHub';
import { call } from './lib/call';
import { figure, type BenchOutcome } from './lib/Figure';
import { RawHubClient } from './lib/RawHubClient';
import { signedInCore } from './lib/signedInCore';
import { summarize } from './lib/stats';
import { tempDir } from './lib/tempDir';
import { nowMs } from './lib/timer';
import { sendMessage } from '../test/fixtures/desktop/sendMessage';

/** Bench 3: a reply sent on desktop A until desktop B shows it, against one bare hub request/response. */
export async function benchLivePropagation(scale: number): Promise<BenchOutcome> {
  const sends = Math.round(200 * scale);
  const bench = await startBenchHub();
  const dir = tempDir('relay-bench-live-');
  const cores: DesktopCore[] = [];
  let raw: RawHubClient | null = null;
  try {
    const a = await signedInCore(dir.file('a.sqlite'), bench.hub.url, PRIYA);
    cores.push(a);
    const b = await signedInCore(dir.file('b.sqlite'), bench.hub.url, MAYA);
    cores.push(b);
    const open = (await call(a, 'tickets.list', { status: ['new', 'open', 'pending'] })).filter((t) => t.teamId === bench.teamId);
    const ticketIds = open.slice(0, 10).map((t) => t.id);
    if (ticketIds.length === 0) throw new Error('bench: the demo team has no open tickets');

    const warmup = 10;
    const samples: number[] = [];
    for (let i = 0; i < sends + warmup; i++) {
      const ticketId = ticketIds[i % ticketIds.length] ?? '';
      let messageId: string | null = null;
      const start = nowMs();
      // B may announce the arrival before A's send resolves, so the watch starts first and learns the id later.
      const seen = arrival(b, ticketId, () => messageId);
      messageId = (await sendMessage(a, { ticketId, kind: 'reply', body: benchBody(i) })).messageId;
      await seen;
      if (i >= warmup) samples.push(nowMs() - start);
    }

    // Baseline: one pull with an up-to-date cursor = one request, one indexed query, one answer.
    raw = await RawHubClient.connect(bench.hub.url, PRIYA.email, PRIYA.password);
    const scope = teamScope(bench.teamId);
    const head = (await raw.snapshot(scope, 'tickets', 1)).seq;
    const rtt: number[] = [];
    for (let i = 0; i < sends + warmup; i++) {
      const start = nowMs();
      const page = await raw.pull({ [scope]: head }, 100);
      if (i >= warmup) rtt.push(nowMs() - start);
      if (page.rows.length > 0) throw new Error('bench: the baseline pull was not up to date');
    }

    const live = summarize(samples);
    const base = summarize(rtt);
    const name = 'live propagation A → B';
    const measure = (p: string): string => `reply on A → in B's tickets.get, ${p} (n=${sends})`;
    const baseline = (p: string): string => `raw socket pull round trip, ${p}`;
    return {
      figures: [
        figure({ bench: name, measure: measure('p50'), value: live.p50, unit: 'ms', baseline: baseline('p50'), baselineValue: base.p50 }),
        figure({ bench: name, measure: measure('p95'), value: live.p95, unit: 'ms', baseline: baseline('p95'), baselineValue: base.p95 }),
        figure({ bench: name, measure: measure('p99'), value: live.p99, unit: 'ms', baseline: baseline('p99'), baselineValue: base.p99 }),
      ],
      details: { sends, propagationMs: live, pullRoundTripMs: base },
    };
  } finally {
    raw?.close();
    for (const core of cores) await core.close();
    await bench.close();
    dir.remove();
  }
}
