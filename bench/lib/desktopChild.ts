/**
 * A desktop core in its own process, so its resident memory is its own: signs in, waits for
 * the first sync, then prints one JSON line (timings, RSS) and exits. Used by the initial-sync
 * bench: `tsx bench/lib/desktopChild.ts <hubUrl> <dbPath> <email> <password>`.
 */
import { createDesktopCore } from '../../src/desktop/createDesktopCore';
import { call } from './call';
import { RawHubClient } from './RawHubClient';
import { screenReads } from './screenReads';
import { nowMs } from './timer';

const [hubUrl, dbPath, email, password] = process.argv.slice(2);
if (!hubUrl || !dbPath || !email || !password) {
  console.error('usage: desktopChild <hubUrl> <dbPath> <email> <password>');
  process.exit(2);
}
const mb = (bytes: number): number => Math.round((bytes / 2 ** 20) * 10) / 10;
const rssBeforeMb = mb(process.memoryUsage().rss);
const core = await createDesktopCore({ dbPath, hubUrl, log: () => {} });
const started = nowMs();
await call(core, 'session.signIn', { email, password });
let firstPageMs: number | null = null;
let peakRss = 0;
const progress: Array<{ ms: number; entity: string | null; done: number; total: number }> = [];
for (;;) {
  const status = await call(core, 'sync.status', {});
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (firstPageMs === null) {
    const page = await call(core, 'tickets.list', { view: 'all', limit: 50 });
    if (page.length > 0) firstPageMs = nowMs() - started;
  }
  progress.push({ ms: Math.round(nowMs() - started), entity: status.progress?.entity ?? null, done: status.progress?.done ?? 0, total: status.progress?.total ?? 0 });
  if (status.connection === 'online' && !status.syncing) break;
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const syncMs = nowMs() - started;
globalThis.gc?.();
const rssAfterMb = mb(process.memoryUsage().rss);
const heapUsedMb = mb(process.memoryUsage().heapUsed);
const reads = await screenReads(core, hubUrl, await RawHubClient.login(hubUrl, email, password));
await core.close();
console.log(JSON.stringify({ reads, syncMs, firstPageMs, rssBeforeMb, rssAfterMb, peakRssMb: mb(peakRss), heapUsedMb, progressSamples: progress.length, progress: progress.filter((_, i) => i % 20 === 0) }));
process.exit(0);
