import { copyFileSync, statSync } from 'node:fs';
import { defaultReplicationWindow } from '../src/core';
import { openLocalStore, type LocalStore } from '../src/desktop/db/localStore';
import { pruneReplica } from '../src/desktop/prune/pruneReplica';
import { simulateYear } from '../test/fixtures/desktop/simulatedYear';
import { figure, type BenchOutcome } from './lib/Figure';
import { tempDir } from './lib/tempDir';
import { nowMs } from './lib/timer';

const DAY = 86_400_000;
const tables = ['customers', 'orders', 'shipments', 'tracking_events', 'exceptions', 'tickets', 'messages', 'csat_responses'];

/** File bytes once the WAL is folded in (what the user's disk holds), and rows per table. */
function measure(store: LocalStore, path: string): { mb: number; rows: Record<string, number> } {
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const rows: Record<string, number> = {};
  for (const t of tables) rows[t] = store.sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${t}`).get()?.n ?? 0;
  return { mb: statSync(path).size / 2 ** 20, rows };
}

/**
 * Replica size after a simulated year of one busy team (test/fixtures/desktop/simulatedYear:
 * 30 × scale tickets a day with threads, orders, shipments with scans, exceptions): the
 * replica as it grows today (never pruned) beside the same replica pruned to the default
 * 90-day window, freed pages given back. Ratio = pruned size ÷ unpruned size.
 */
export async function benchPrune(scale: number): Promise<BenchOutcome> {
  const dir = tempDir('relay-bench-prune-');
  try {
    const now = Date.UTC(2026, 11, 1, 12, 0);
    const grown = dir.file('grown.sqlite');
    const store = openLocalStore(grown);
    const buildStart = nowMs();
    simulateYear(store, { now, perDay: Math.max(1, Math.round(30 * scale)) });
    const buildMs = nowMs() - buildStart;
    const unpruned = measure(store, grown);
    store.close();

    const prunedPath = dir.file('pruned.sqlite');
    copyFileSync(grown, prunedPath);
    const pruned = openLocalStore(prunedPath);
    const start = nowMs();
    const report = await pruneReplica(pruned, { window: defaultReplicationWindow, now, spareOpenedMs: 14 * DAY });
    const pruneMs = nowMs() - start;
    const after = measure(pruned, prunedPath);
    pruned.close();

    return {
      figures: [
        figure({ bench: 'prune', measure: 'replica file after a year, pruned to the 90-day window', value: after.mb, unit: 'MB', baseline: 'the same replica never pruned', baselineValue: unpruned.mb }),
      ],
      details: { perDay: Math.round(30 * scale), buildMs, pruneMs, report, unpruned, pruned: after },
    };
  } finally {
    dir.remove();
  }
}
