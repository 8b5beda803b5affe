import { cpus, loadavg, totalmem } from 'node:os';
import { benchLivePropagation } from './livePropagation.bench';
import { benchLocalReads } from './localReads.bench';
import { benchLocalWrite } from './localWrite.bench';
import { benchOutboxFlush } from './outboxFlush.bench';
import { benchFanout } from './fanout.bench';
import { benchIngest } from './ingest.bench';
import { benchIngestNodes } from './ingestNodes.bench';
import { benchInitialSync } from './initialSync.bench';
import { benchPrune } from './prune.bench';
import { benchExceptionVisibility } from './exceptionVisibility.bench';
import { benchMessageSearch } from './messageSearch.bench';
import { parseBenchOptions, type BenchName } from './lib/benchOptions';
import type { BenchOutcome, Figure } from './lib/Figure';
import { formatTable } from './lib/formatTable';
import { nowMs } from './lib/timer';
import { writeResults } from './lib/writeResults';

const benches: Record<BenchName, { title: string; run(scale: number): Promise<BenchOutcome> }> = {
  write: { title: 'local write path', run: benchLocalWrite },
  flush: { title: 'outbox flush', run: benchOutboxFlush },
  live: { title: 'live propagation', run: benchLivePropagation },
  reads: { title: 'local reads', run: benchLocalReads },
  fanout: { title: 'live fan-out, hub memory, two nodes', run: benchFanout },
  ingest: { title: 'ingest', run: benchIngest },
  nodes: { title: 'ingest through the shared job queue: two nodes, answer latency', run: benchIngestNodes },
  sync: { title: 'initial sync of the large data set', run: (scale) => benchInitialSync(scale, (line) => console.log(`\n    ${line}`)) },
  prune: { title: 'replica size after a year, pruned', run: benchPrune },
  visible: { title: 'exception visible in a desktop at 1,000 events/s', run: benchExceptionVisibility },
  search: { title: 'full-text search inside 1,000,000 messages', run: benchMessageSearch },
};

function machine(): Record<string, unknown> {
  return { node: process.version, platform: `${process.platform} ${process.arch}`, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), loadavg: loadavg() };
}

async function main(): Promise<void> {
  let options;
  try {
    options = parseBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 2;
    return;
  }
  const startedAt = new Date();
  const atStart = machine();
  console.log(`relay bench — scale ${options.scale}, ${String(atStart.cpus)} cores, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  const figures: Figure[] = [];
  const runs: Record<string, unknown> = {};
  for (const name of options.only) {
    const bench = benches[name];
    process.stdout.write(`  ${bench.title} … `);
    const start = nowMs();
    try {
      const outcome = await bench.run(options.scale);
      const seconds = (nowMs() - start) / 1000;
      console.log(`${seconds.toFixed(1)} s`);
      figures.push(...outcome.figures);
      runs[name] = { seconds, figures: outcome.figures, details: outcome.details };
    } catch (error) {
      console.log('FAILED');
      console.error(error);
      runs[name] = { error: error instanceof Error ? error.message : String(error) };
      process.exitCode = 1;
    }
  }
  console.log(`\n${formatTable(figures)}\n`);
  console.log('cost × = subject cost ÷ baseline cost (time per op, or latency); below 1 means cheaper than the baseline.');
  const path = writeResults(startedAt, { startedAt: startedAt.toISOString(), scale: options.scale, machine: atStart, loadavgAtEnd: loadavg(), runs });
  console.log(`results: ${path}`);
}

await main();
