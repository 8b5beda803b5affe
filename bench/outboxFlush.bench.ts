import Database from 'better-sqlite3';
import { uuidv7 } from '../src/core';
import { benchBody, MAYA, PRIYA, startBenchHub, type BenchHub } from './lib/benchHub';
import { call } from './lib/call';
import { figure, type BenchOutcome } from './lib/Figure';
import { signedInCore } from './lib/signedInCore';
import { tempDir } from './lib/tempDir';
import { nowMs } from './lib/timer';
import { waitFor } from './lib/waitFor';
import { sendMessage } from '../test/fixtures/desktop/sendMessage';

/** Open tickets of the team, so every reply is accepted (closed tickets refuse replies). */
async function openTicketIds(bench: BenchHub, count: number): Promise<string[]> {
  const dir = tempDir('relay-bench-probe-');
  const core = await signedInCore(dir.file('probe.sqlite'), bench.hub.url, PRIYA);
  try {
    const open = await call(core, 'tickets.list', { status: ['new', 'open', 'pending'] });
    return open.filter((t) => t.teamId === bench.teamId).slice(0, count).map((t) => t.id);
  } finally {
    await core.close();
    dir.remove();
  }
}

/** The hub's own authoritative path, N sequential mutate() calls in-process: no socket, no desktop. */
async function hubMutateRate(bench: BenchHub, ticketIds: string[], n: number): Promise<number> {
  const send = async (i: number): Promise<void> => {
    const result = await bench.hub.mutate(MAYA.email, 'message.send', { id: uuidv7(), ticketId: ticketIds[i % ticketIds.length], kind: 'reply', body: benchBody(i) });
    if (result.status !== 'applied') throw new Error(`bench: hub.mutate ${result.status}`);
  };
  for (let i = 0; i < Math.min(20, n); i++) await send(i);
  const start = nowMs();
  for (let i = 0; i < n; i++) await send(i);
  return n / ((nowMs() - start) / 1000);
}

/** Bench 2: N replies queued offline, then unpaused; time until the hub has acknowledged them all. */
export async function benchOutboxFlush(scale: number): Promise<BenchOutcome> {
  const n = Math.round(500 * scale);
  const bench = await startBenchHub();
  const dir = tempDir('relay-bench-flush-');
  try {
    const ticketIds = await openTicketIds(bench, 5);
    if (ticketIds.length === 0) throw new Error('bench: the demo team has no open tickets');
    const dbPath = dir.file('priya.sqlite');
    const core = await signedInCore(dbPath, bench.hub.url, PRIYA);
    const outboxRows = new Database(dbPath, { readonly: true }).prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox');
    try {
      await call(core, 'sync.setPaused', { paused: true });
      await waitFor('the core to go offline', async () => (await call(core, 'sync.status', {})).connection === 'offline');
      const queueStart = nowMs();
      for (let i = 0; i < n; i++) await sendMessage(core, { ticketId: ticketIds[i % ticketIds.length] ?? '', kind: 'reply', body: benchBody(i) });
      const queueMs = nowMs() - queueStart;
      if ((await call(core, 'sync.status', {})).unsent !== n) throw new Error('bench: the outbox does not hold every queued reply');

      const start = nowMs();
      await call(core, 'sync.setPaused', { paused: false });
      await waitFor('the hub to acknowledge the outbox', async () => (await call(core, 'sync.status', {})).unsent === 0, { timeoutMs: 600_000 });
      const ackedMs = nowMs() - start;
      // Settled: the replica's cursors have reached every acknowledged write and the outbox table is empty.
      await waitFor('the outbox to empty', () => (outboxRows.get()?.n ?? -1) === 0, { timeoutMs: 600_000 });
      const settledMs = nowMs() - start;

      const baseline = await hubMutateRate(bench, ticketIds, n);
      const acked = n / (ackedMs / 1000);
      const settled = n / (settledMs / 1000);
      const name = 'outbox flush (loopback hub, PGlite)';
      return {
        figures: [
          figure({ bench: name, measure: `${n} queued replies → all acked`, value: acked, unit: 'ops/s', baseline: 'hub.mutate() in-process, sequential', baselineValue: baseline }),
          figure({ bench: name, measure: `${n} queued replies → outbox empty`, value: settled, unit: 'ops/s', baseline: 'hub.mutate() in-process, sequential', baselineValue: baseline }),
        ],
        details: { n, queueOfflineOpsPerSec: n / (queueMs / 1000), ackedMs, settledMs, ackedOpsPerSec: acked, settledOpsPerSec: settled, hubMutateOpsPerSec: baseline },
      };
    } finally {
      outboxRows.database.close();
      await core.close();
    }
  } finally {
    await bench.close();
    dir.remove();
  }
}
