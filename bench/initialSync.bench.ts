import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { openReplica } from '../src/desktop/db/openReplica';
import { startHub } from '../src/hub/startHub';
import { MAYA } from './lib/benchHub';
import { figure, type BenchOutcome } from './lib/Figure';
import { largeWorld } from './lib/largeWorld';
import { tempDir } from './lib/tempDir';
import type { LatencySummary } from './lib/stats';
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

/** Bench 3 on the large replica: each screen's read against the hub's HTTP answer for the same record (p50, p95). */
function readFigures(reads: Record<string, LatencySummary>) {
  const hubThread = reads.hubTicketThread!;
  const hubCustomer = reads.hubCustomerHistory!;
  const rows: Array<[string, LatencySummary, string, LatencySummary]> = [
    ['inbox first page (50)', reads.inboxFirstPage!, 'hub HTTP: one ticket + thread', hubThread],
    ['ticket thread', reads.ticketThread!, 'hub HTTP: same ticket + thread', hubThread],
    ['customer 360', reads.customer360!, 'hub HTTP: same customer history (20)', hubCustomer],
    ['exceptions queue (100)', reads.exceptionsQueue!, 'hub HTTP: one ticket + thread', hubThread],
    ['knowledge search (20)', reads.knowledgeSearch!, 'hub HTTP: one ticket + thread', hubThread],
  ];
  return rows.flatMap(([measure, local, baseline, hub]) =>
    (['p50', 'p95'] as const).map((p) => figure({ bench: 'local reads (large)', measure: `${measure}, ${p}`, value: local[p], unit: 'ms', baseline: `${baseline}, ${p}`, baselineValue: hub[p] })),
  );
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
    const syncRate = copy.rows / (report.syncMs / 1000);
    const rawRate = copy.rows / (copy.ms / 1000);
    const name = 'initial sync';
    return {
      figures: [
        figure({ bench: name, measure: `full first sync, ${copy.rows.toLocaleString('en')} rows (admin)`, value: syncRate, unit: 'ops/s', baseline: 'raw better-sqlite3 INSERT, same rows, 1 tx', baselineValue: rawRate }),
        ...(report.firstPageMs === null
          ? []
          : [figure({ bench: name, measure: 'sign-in → first inbox page readable', value: report.firstPageMs, unit: 'ms', baseline: 'sign-in → first sync complete', baselineValue: report.syncMs })]),
        ...readFigures(report.reads),
        figure({ bench: 'memory', measure: 'desktop core RSS after first sync (MB)', value: report.rssAfterMb, unit: 'MB', baseline: 'same process before the core started (MB)', baselineValue: report.rssBeforeMb }),
      ],
      details: { world, replicaBytes: statSync(replicaPath).size, rows: copy.perTable, child: report, rawCopyMs: copy.ms },
    };
  } finally {
    await hub.close();
    dir.remove();
  }
}
