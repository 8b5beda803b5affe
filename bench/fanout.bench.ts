import type { DesktopCore } from '../src/desktop/createDesktopCore';
import { arrival } from './lib/arrival';
import { benchBody, MAYA, PRIYA } from './lib/benchHub';
import { benchDatabase } from './lib/benchDatabase';
import { call } from './lib/call';
import { figure, type BenchOutcome, type Figure } from './lib/Figure';
import { RawHubClient } from './lib/RawHubClient';
import { signedInCore } from './lib/signedInCore';
import { spawnHub, type HubProcess } from './lib/spawnHub';
import { summarize, type LatencySummary as Summary } from './lib/stats';
import { tempDir } from './lib/tempDir';
import { nowMs } from './lib/timer';
import { sendMessage } from '../test/fixtures/desktop/sendMessage';

const socketCounts = [2, 50, 500] as const;

/** `sends` sequential replies on A, each timed until B's tickets.get shows it. */
async function propagation(a: DesktopCore, b: DesktopCore, ticketIds: readonly string[], sends: number): Promise<Summary> {
  const samples: number[] = [];
  const warmup = 5;
  for (let i = 0; i < sends + warmup; i++) {
    const ticketId = ticketIds[i % ticketIds.length] ?? '';
    let messageId: string | null = null;
    const start = nowMs();
    const seen = arrival(b, ticketId, () => messageId);
    messageId = (await sendMessage(a, { ticketId, kind: 'note', body: benchBody(i) })).messageId;
    await seen;
    if (i >= warmup) samples.push(nowMs() - start);
  }
  return summarize(samples);
}

async function openTeamTickets(core: DesktopCore): Promise<string[]> {
  const session = await call(core, 'session.get', {});
  const teamId = session.agent?.teamId;
  const open = (await call(core, 'tickets.list', { status: ['new', 'open', 'pending'] })).filter((t) => t.teamId === teamId);
  if (open.length === 0) throw new Error('bench: the demo team has no open tickets');
  return open.slice(0, 10).map((t) => t.id);
}

const pct = (s: Summary, p: 'p50' | 'p95' | 'p99'): number => s[p];

/**
 * Bench 2 (fan-out) + 6b: A → B propagation with 2, 50 and 500 desktop sockets connected to one hub
 * process (the extra ones are bare sockets of the same team, so every change fans out to them),
 * against the 2-socket figure of the same run; the hub process's resident memory with 500
 * sockets against the same process idle. Then, with DATABASE_URL and REDIS_URL, A and B on two
 * hub nodes over PostgreSQL + Redis against both on one of those nodes.
 */
export async function benchFanout(scale: number): Promise<BenchOutcome> {
  const sends = Math.max(20, Math.round(100 * scale));
  const figures: Figure[] = [];
  const details: Record<string, unknown> = { sends };
  const dir = tempDir('relay-bench-fanout-');
  const hub = await spawnHub();
  const cores: DesktopCore[] = [];
  const extra: RawHubClient[] = [];
  try {
    const idleRss = hub.rssMb();
    const a = await signedInCore(dir.file('a.sqlite'), hub.url, PRIYA);
    cores.push(a);
    const b = await signedInCore(dir.file('b.sqlite'), hub.url, MAYA);
    cores.push(b);
    const ticketIds = await openTeamTickets(a);
    const token = await RawHubClient.login(hub.url, PRIYA.email, PRIYA.password);
    const bySockets: Record<number, { latency: Summary; hubRssMb: number }> = {};
    for (const total of socketCounts) {
      while (extra.length + 2 < total) extra.push(await RawHubClient.connectWithToken(hub.url, token));
      bySockets[total] = { latency: await propagation(a, b, ticketIds, sends), hubRssMb: hub.rssMb() };
    }
    details.bySockets = bySockets;
    details.hubRssIdleMb = idleRss;
    const base = bySockets[2]!.latency;
    for (const total of [50, 500] as const) {
      for (const p of ['p50', 'p95', 'p99'] as const) {
        figures.push(figure({ bench: 'live fan-out', measure: `A → B with ${total} sockets, ${p} (n=${sends})`, value: pct(bySockets[total]!.latency, p), unit: 'ms', baseline: `A → B with 2 sockets, ${p}`, baselineValue: pct(base, p) }));
      }
    }
    figures.push(figure({ bench: 'memory', measure: 'hub RSS with 500 sockets (MB)', value: bySockets[500]!.hubRssMb, unit: 'MB', baseline: 'same hub process idle after seeding (MB)', baselineValue: idleRss }));
  } finally {
    for (const socket of extra) socket.close();
    for (const core of cores.splice(0)) await core.close();
    await hub.stop();
  }
  const twoNodes = await twoNodeFigures(sends, dir.file.bind(dir));
  if ('skipped' in twoNodes) {
    details.twoNodes = twoNodes;
    console.log(`\n    two hub nodes skipped: ${twoNodes.skipped}`);
  } else {
    figures.push(...twoNodes.figures);
    details.twoNodes = twoNodes.details;
  }
  dir.remove();
  return { figures, details };
}

async function twoNodeFigures(sends: number, file: (name: string) => string): Promise<{ figures: Figure[]; details: Record<string, unknown> } | { skipped: string }> {
  const redisUrl = process.env.REDIS_URL;
  if (!redisUrl) return { skipped: 'REDIS_URL is not set' };
  const db = await benchDatabase('nodes');
  if ('skipped' in db) return db;
  const nodes: HubProcess[] = [];
  const cores: DesktopCore[] = [];
  try {
    nodes.push(await spawnHub({ databaseUrl: db.url, redisUrl, seed: 'demo' }));
    nodes.push(await spawnHub({ databaseUrl: db.url, redisUrl, seed: 'none' }));
    const [one, two] = nodes as [HubProcess, HubProcess];
    const a = await signedInCore(file('pg-a.sqlite'), one.url, PRIYA);
    cores.push(a);
    const sameNode = await signedInCore(file('pg-b1.sqlite'), one.url, MAYA);
    cores.push(sameNode);
    const ticketIds = await openTeamTickets(a);
    const oneNode = await propagation(a, sameNode, ticketIds, sends);
    await sameNode.close();
    const otherNode = await signedInCore(file('pg-b2.sqlite'), two.url, MAYA);
    cores.push(otherNode);
    const across = await propagation(a, otherNode, ticketIds, sends);
    const figures = (['p50', 'p95', 'p99'] as const).map((p) =>
      figure({ bench: 'two hub nodes (PG + Redis)', measure: `A on node 1 → B on node 2, ${p}`, value: pct(across, p), unit: 'ms', baseline: `A and B both on node 1 (same PG), ${p}`, baselineValue: pct(oneNode, p) }),
    );
    return { figures, details: { oneNode, across } };
  } finally {
    for (const core of cores) await core.close();
    for (const node of nodes) await node.stop();
    await db.drop();
  }
}
