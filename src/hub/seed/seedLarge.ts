import { count, eq } from 'drizzle-orm';
import { hashPassword } from '../auth/hashPassword';
import type { HubContext } from '../HubContext';
import { agents, teams } from '../store/schema';
import type { RowChange } from '../../core';
import { advanceTicketNumbers } from './advanceTicketNumbers';
import { createWorld } from './createWorld';
import { demoAgents, demoPassword } from './demoPeople';
import { bulkWriteRows } from './bulkWriteRows';
import { demoLogins } from './seedDemo';
import { seedLargeTargets } from './seedLargeTargets';
import type { SeedLogin } from './SeedLogin';

export const LARGE_SEED = 0x1a46e;

/**
 * Scale 1 = the benchmark data set: 50,000 customers, at least 200,000 shipments (~4 per
 * customer), ~1.3M tracking events, at least 100,000 tickets (seedLargeTargets; the count plan
 * steers the random per-customer counts to reach them). Tests use a tiny scale (e.g. 0.002).
 */
export function largeWorldOptions(scale: number) {
  const targets = seedLargeTargets(scale);
  return {
    seed: LARGE_SEED,
    customers: targets.customers,
    rates: { shipmentsPerCustomer: 4, generalTicketsPerCustomer: 1.35, problemTicketChance: 0.7 },
    targets: { shipments: targets.shipments, tickets: targets.tickets },
  };
}

export interface LargeSeedOptions {
  scale?: number;
  /** Customers generated and written per transaction. */
  chunkCustomers?: number;
  progress?: (line: string) => void;
}

/**
 * Seeds the benchmark world when the database is empty. The one seed NOT written through
 * seed.load: that path (validation twice, upserts, a change-log row each) took ~1.9x the CPU
 * of plain INSERTs (docs/DESIGN-NOTES.md), and the log is not needed: a desktop without a
 * cursor snapshots from the tables (readSnapshotPage) and then pulls only what changed after
 * the scope's head, so the seed is simply "before the log began". Each chunk is its own
 * transaction through the write lane, so progress is durable and memory stays flat.
 */
export async function seedLarge(ctx: HubContext, options: LargeSeedOptions = {}): Promise<SeedLogin[]> {
  const world = largeWorldOptions(options.scale ?? 1);
  const chunk = options.chunkCustomers ?? 500;
  const say = options.progress ?? (() => {});
  const hashes = await Promise.all(demoAgents.map(async (a) => [a.email, await hashPassword(demoPassword(a))] as const));
  const [existing] = await ctx.db.select({ n: count() }).from(teams);
  if ((existing?.n ?? 0) > 0) {
    say('large seed: the database already has data; nothing seeded');
    return demoLogins(ctx);
  }
  const started = Date.now();
  const generator = createWorld(world);
  const write = (rows: readonly RowChange[]) =>
    ctx.lane.transact(async (tx) => {
      await bulkWriteRows(tx, rows);
      await advanceTicketNumbers(tx, generator.lastTicketNumber());
      return { value: undefined, batches: [] };
    });
  await write(generator.header());
  await ctx.lane.transact(async (tx) => {
    for (const [email, passwordHash] of hashes) await tx.update(agents).set({ passwordHash }).where(eq(agents.email, email));
    return { value: undefined, batches: [] };
  });
  const totals = new Map<string, number>();
  // Generating the next chunk overlaps writing the previous one (PostgreSQL works meanwhile).
  let writing: Promise<void> = Promise.resolve();
  for (let done = 0; done < world.customers; ) {
    const n = Math.min(chunk, world.customers - done);
    const rows = generator.customers(n);
    done += n;
    const reached = done;
    await writing;
    writing = write(rows).then(() => {
      for (const r of rows) totals.set(r.entity, (totals.get(r.entity) ?? 0) + 1);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      say(`large seed: ${reached}/${world.customers} customers · ${totals.get('shipments') ?? 0} shipments · ${totals.get('tracking_events') ?? 0} events · ${totals.get('tickets') ?? 0} tickets · ${seconds}s`);
    });
  }
  await writing;
  return demoLogins(ctx);
}
