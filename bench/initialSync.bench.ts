import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openReplica } from '../src/desktop/db/openReplica';
import { startHub } from '../src/hub/startHub';
import { MAYA } from './lib/benchHub';
import { figure, type BenchOutcome } from './lib/Figure';
import { hubScreenReads, type HubScreenTimes } from './lib/hubScreenReads';
import { largeWorld } from './lib/largeWorld';
import { screenPageSizes } from './lib/screenReads';
import { tempDir } from './lib/tempDir';
import type { LatencySummary } from './lib/stats';
import { timeFigure } from './lib/timeFigure';
import { nowMs } from './lib/timer';

/** The replicated tables (hub data); local state (outbox, stash, sync state, FTS shadows) is left out. */
const replicatedTables = [
  'teams', 'agents', 'customers', 'contacts', 'orders', 'shipments', 'tracking_events', 'exceptions',
  'tickets', 'messages', 'csat_responses', 'kb_articles', 'macros', 'automations', 'sla_policies',
];

interface ChildReport {
  reads: Record<string, LatencySummary>;
  syncMs: number;
  firstPageMs: number | null;
  rssBeforeMb: number;
  rssAfterMb: number;
  peakRssMb: number;
  heapUsedMb: number;
}

/** Runs bench/lib/desktopChild.ts and returns its JSON report. */
async function runDesktopChild(hubUrl: string, dbPath: string): Promise<ChildReport> {
  const script = fileURLToPath(new URL('./lib/desktopChild.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', script, hubUrl, dbPath, MAYA.email, MAYA.password], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const line = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`bench: the desktop child exited ${String(code)}: ${out}`);
  return JSON.parse(line) as ChildReport;
}

/** Copies every replicated row of `fromPath` into a fresh replica, raw, in one transaction; returns rows and ms. */
function rawCopy(fromPath: string, toPath: string): { rows: number; ms: number; perTable: Record<string, number> } {
  const source = new Database(fromPath, { readonly: true });
  const target = openReplica(toPath);
  const perTable: Record<string, number> = {};
  // Read first so the timed part is the inserts alone, as the replica's sync path receives rows already read off the wire.
  const data = replicatedTables.map((table) => ({ table, rows: source.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][], columns: source.prepare(`SELECT * FROM ${table} LIMIT 0`).columns().map((c) => c.name) }));
  source.close();
  const start = nowMs();
  target.sqlite.transaction(() => {
    for (const { table, rows, columns } of data) {
      const insert = target.sqlite.prepare(`INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(',')}) VALUES (${columns.map(() => '?').join(',')})`);
      for (const row of rows) insert.run(row);
      perTable[table] = rows.length;
    }
  })();
  const ms = nowMs() - start;
  target.close();
  return { rows: Object.values(perTable).reduce((a, b) => a + b, 0), ms, perTable };
}

/** Bench 3 on the large replica: each screen's read against the hub's answer for the same work (p50, p95). */
function readFigures(reads: Record<string, LatencySummary>, hub: Required<HubScreenTimes>) {
  const hubThread = reads.hubTicketThread!;
  const rows: Array<[string, LatencySummary, string, LatencySummary]> = [
    [`inbox first page (${screenPageSizes.inbox})`, reads.inboxFirstPage!, `hub HTTP: the same inbox page (${screenPageSizes.inbox})`, hub.inbox.latency],
    ['ticket thread', reads.ticketThread!, 'hub HTTP: same ticket + thread', hubThread],
    ['customer 360', reads.customer360!, 'hub HTTP: same customer history (20)', reads.hubCustomerHistory!],
    [`exceptions queue (${screenPageSizes.exceptions})`, reads.exceptionsQueue!, `hub HTTP: the same queue (${screenPageSizes.exceptions} + total)`, hub.exceptions.latency],
  ];
  const search = reads.knowledgeSearch!;
  return [
    ...rows.flatMap(([measure, local, baseline, other]) =>
      (['p50', 'p95'] as const).map((p) => figure({ bench: 'local reads (large)', measure: `${measure}, ${p}`, value: local[p], unit: 'ms', baseline: `${baseline}, ${p}`, baselineValue: other[p] })),
    ),
    // The hub has no article search to compare with: a time of its own.
    ...(['p50', 'p95'] as const).map((p) => timeFigure({ bench: 'local reads (large)', measure: `knowledge search (20), ${p}`, value: search[p], note: 'a time (the hub has no article search)' })),
  ];
}

/** Active exceptions in the replica: the hub's queue must count the same rows, or the two sides did different work. */
function activeExceptionsIn(replicaPath: string): number {
  const db = new Database(replicaPath, { readonly: true });
  try {
    return (db.prepare(`SELECT count(*) AS n FROM exceptions WHERE status != 'resolved'`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** The hub-side twins of the inbox page and exceptions queue, on the hub's store once its hub is closed; checked against the replica. */
async function hubScreens(dataDir: string, replicaPath: string, tickets: number): Promise<Required<HubScreenTimes>> {
  const times = await hubScreenReads({ kind: 'pglite', dataDir }, MAYA.email, screenPageSizes, 200);
  const { inbox, exceptions } = times;
  if (!inbox || !exceptions) throw new Error('bench: the hub screen reads returned nothing');
  const active = activeExceptionsIn(replicaPath);
  if (inbox.items !== Math.min(screenPageSizes.inbox, tickets) || exceptions.total !== active) {
    throw new Error(`bench: hub and replica answers differ (inbox ${inbox.items} items for ${tickets} tickets; queue total ${exceptions.total} vs ${active} in the replica)`);
  }
  return { inbox, exceptions };
}

/**
 * Bench 1 + 3 + 6a: a full first sync of the large data set from a loopback hub into an empty replica
 * (desktop core in a child process, signed in as the admin, so every team) against raw
 * better-sqlite3 inserts of the same rows in one transaction; the child's resident memory
 * against a bare Node process's.
 */
export async function benchInitialSync(scale: number, say: (line: string) => void = () => {}): Promise<BenchOutcome> {
  const world = await largeWorld(scale, say);
  const dir = tempDir('relay-bench-sync-');
  const hub = await startHub({ dataDir: world.dataDir, port: 0 });
  try {
    const replicaPath = dir.file('replica.sqlite');
    const report = await runDesktopChild(hub.url, replicaPath);
    const copy = rawCopy(replicaPath, dir.file('raw.sqlite'));
    // PGlite has one owner: the hub-side screen twins open the store after the hub closes.
    await hub.close();
    const hubReads = await hubScreens(world.dataDir, replicaPath, copy.perTable.tickets ?? 0);
    const syncRate = copy.rows / (report.syncMs / 1000);
    const rawRate = copy.rows / (copy.ms / 1000);
    const name = 'initial sync';
    return {
      figures: [
        figure({ bench: name, measure: `full first sync, ${copy.rows.toLocaleString('en')} rows (admin), ${(report.syncMs / 1000).toFixed(1)} s`, value: syncRate, unit: 'ops/s', baseline: 'raw better-sqlite3 INSERT, same rows, 1 tx', baselineValue: rawRate }),
        ...(report.firstPageMs === null
          ? []
          : [timeFigure({ bench: name, measure: 'sign-in → first inbox page readable', value: report.firstPageMs, note: 'a time (first sync: row above)' })]),
        ...readFigures(report.reads, hubReads),
        figure({ bench: 'memory', measure: 'desktop core RSS after first sync (MB)', value: report.rssAfterMb, unit: 'MB', baseline: 'same process before the core started (MB)', baselineValue: report.rssBeforeMb }),
      ],
      details: { world, replicaBytes: statSync(replicaPath).size, rows: copy.perTable, child: report, hubScreenReads: hubReads, rawCopyMs: copy.ms, syncMs: report.syncMs },
    };
  } finally {
    await hub.close();
    dir.remove();
  }
}
