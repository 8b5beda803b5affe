/**
 * Property: random schedules of writes, link cuts, core restarts, hub restarts, account
 * switches and (on two hub nodes) node failovers always end with every replica equal to the hub
 * for its scopes, every accepted mutation applied once under the agent who made it or listed as
 * refused for that agent on that desktop, and nothing applied twice or under another agent.
 *
 * Flags (environment):
 *   RELAY_PROPERTY_RUNS=<n>           schedules to run on one PGlite hub (default 200; e.g. 2000 for a long run)
 *   RELAY_PROPERTY_FAILOVER_RUNS=<n>  schedules on two hub nodes over PostgreSQL + Redis (default 40;
 *                                     needs DATABASE_URL and REDIS_URL)
 *   RELAY_PROPERTY_SEED=<int>         replay a failing run: fast-check prints the seed (and path) on failure
 *   RELAY_PROPERTY_SHRINK=1           shrink a failure to a minimal schedule (slow: every try is real I/O)
 *   RELAY_PROPERTY_DEBUG=1            print each schedule's steps and where its time went
 *
 * Three desktop cores (Priya on two devices, Maya) serve every schedule; each schedule opens its
 * own tickets. After each schedule the team scope the schedules write to is compared row by row
 * on every core; every 10th schedule, and once at the end, every scope and entity is.
 */
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerRowSchema } from '../../../src/core';
import { freshPgDatabase } from '../../fixtures/desktop/freshPgDatabase';
import { converge, expectEachMutationOnce, expectReplicasEqualHub } from './checkConvergence';
import { readScope, scopeHead } from './hubProbe';
import { runSchedule, scopeOfSchedule } from './runSchedule';
import { scheduleArbitrary, type Schedule, type ScheduleSteps } from './scheduleArbitrary';
import { MAYA, PRIYA, SyncWorld, type HubSetup } from './SyncWorld';

const seed = process.env.RELAY_PROPERTY_SEED === undefined ? undefined : Number(process.env.RELAY_PROPERTY_SEED);
const shrink = process.env.RELAY_PROPERTY_SHRINK === '1';

interface Variant {
  name: string;
  runs: number;
  steps: ScheduleSteps;
  skip: string | null;
  setup(): Promise<{ hub: HubSetup; cleanup(): Promise<void> }>;
}

const variants: Variant[] = [
  {
    name: 'one PGlite hub, with account switches',
    runs: Number(process.env.RELAY_PROPERTY_RUNS ?? 200),
    steps: { switches: true },
    skip: null,
    setup: async () => ({ hub: { kind: 'pglite' }, cleanup: async () => {} }),
  },
  {
    name: 'two hub nodes over PostgreSQL + Redis, with node failover and account switches',
    runs: Number(process.env.RELAY_PROPERTY_FAILOVER_RUNS ?? 40),
    steps: { switches: true, failover: true },
    skip: process.env.DATABASE_URL && process.env.REDIS_URL ? null : 'DATABASE_URL and REDIS_URL must both be set for two hub nodes',
    setup: async () => {
      const db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_property');
      const hub: HubSetup = { kind: 'nodes', databaseUrl: db.url, redisUrl: process.env.REDIS_URL ?? '', redisKey: `relay-property-${randomBytes(6).toString('hex')}` };
      return { hub, cleanup: () => db.drop() };
    },
  },
];

for (const variant of variants) {
  if (variant.skip) console.info(`[property] ${variant.name}: skipped: ${variant.skip}`);

  describe.skipIf(variant.skip !== null)(`sync convergence under random schedules: ${variant.name}`, () => {
    let world: SyncWorld;
    let cleanup: () => Promise<void> = async () => {};
    let customerId = '';
    let schedules = 0;
    const totals = { applied: 0, refused: 0 };

    beforeAll(async () => {
      const setup = await variant.setup();
      cleanup = setup.cleanup;
      world = await SyncWorld.start([PRIYA, MAYA, PRIYA], setup.hub);
      const tenant = await readScope(await world.probe(MAYA.email), 'tenant');
      customerId = customerRowSchema.parse(tenant.rows.get('customers')?.[0]).id;
    }, 180_000);

    afterAll(async () => {
      await world?.close();
      await cleanup();
    });

    it(
      `converges with each accepted mutation applied once under its agent or refused (${variant.runs} schedules)`,
      async () => {
        const property = fc.asyncProperty(scheduleArbitrary(variant.steps), async (schedule: Schedule) => {
          const scope = scopeOfSchedule(world);
          const headBefore = await scopeHead(await world.probe(MAYA.email), scope);
          const t0 = Date.now();
          const run = await runSchedule(world, schedule, customerId);
          const t1 = Date.now();
          const seen = await converge(world, run);
          const t2 = Date.now();
          // Every scope, every entity on every 10th schedule; the team the schedules write to on all.
          await expectReplicasEqualHub(world, schedules++ % 10 === 0 ? undefined : scope);
          const t3 = Date.now();
          const once = await expectEachMutationOnce(world, run, scope, headBefore, seen);
          totals.applied += once.applied;
          totals.refused += once.refused;
          if (process.env.RELAY_PROPERTY_DEBUG) console.log(`ops ${schedule.ops.map((o) => o.kind).join(',')} run ${t1 - t0} converge ${t2 - t1} equal ${t3 - t2} once ${Date.now() - t3}`);
        });
        await fc.assert(property, { numRuns: variant.runs, seed, endOnFailure: !shrink, verbose: 1 });
        await expectReplicasEqualHub(world);
        const c = world.counts;
        console.info(
          `[property] ${variant.name}: ${variant.runs} schedules: ${totals.applied} mutations applied, ${totals.refused} refused by the hub, ` +
            `${c.cuts} link cuts, ${c.coreRestarts} core restarts, ${c.hubRestarts} hub restarts, ${c.switches} account switches, ${c.failovers} node failovers`,
        );
        // Enough schedules must have hit the interesting paths, or the property proved little.
        if (variant.runs >= 100) {
          expect(totals.refused, 'some changes refused by the hub').toBeGreaterThan(0);
          expect(c.hubRestarts, 'some hub restarts').toBeGreaterThan(0);
        }
        if (variant.runs >= 20) {
          expect(c.switches, 'some account switches').toBeGreaterThan(0);
          if (variant.steps.failover) expect(c.failovers, 'some node failovers').toBeGreaterThan(0);
        }
      },
      // Generous: a loaded 2-core machine runs a schedule in well under a second, an idle one faster.
      Math.max(120_000, variant.runs * 6_000),
    );
  });
}
