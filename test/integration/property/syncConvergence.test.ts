/**
 * Property: random schedules of writes, link cuts, core restarts and hub restarts always end
 * with every replica equal to the hub for its scopes, every accepted mutation applied once or
 * listed as refused, and nothing applied twice.
 *
 * Flags (environment):
 *   RELAY_PROPERTY_RUNS=<n>    schedules to run (default 200; e.g. 2000 for a long run)
 *   RELAY_PROPERTY_SEED=<int>  replay a failing run: fast-check prints the seed (and path) on failure
 *   RELAY_PROPERTY_SHRINK=1    shrink a failure to a minimal schedule (slow: every try is real I/O)
 *   RELAY_PROPERTY_DEBUG=1     print each schedule's steps and where its time went
 *
 * One hub (PGlite on a temp folder, restarted on the same port) and three desktop cores
 * (Priya on two devices, Maya) serve every schedule; each schedule opens its own tickets.
 * After each schedule the team scope the schedules write to is compared row by row on every
 * core; every 10th schedule, and once at the end, every scope and entity is.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerRowSchema } from '../../../src/core';
import { converge, expectEachMutationOnce, expectReplicasEqualHub } from './checkConvergence';
import { readScope, scopeHead } from './hubProbe';
import { runSchedule, scopeOfSchedule } from './runSchedule';
import { scheduleArbitrary, type Schedule } from './scheduleArbitrary';
import { MAYA, PRIYA, SyncWorld } from './SyncWorld';

const runs = Number(process.env.RELAY_PROPERTY_RUNS ?? 200);
const seed = process.env.RELAY_PROPERTY_SEED === undefined ? undefined : Number(process.env.RELAY_PROPERTY_SEED);
const shrink = process.env.RELAY_PROPERTY_SHRINK === '1';

describe('sync convergence under random schedules', () => {
  let world: SyncWorld;
  let customerId = '';
  let schedules = 0;
  const totals = { applied: 0, refused: 0 };

  beforeAll(async () => {
    world = await SyncWorld.start([PRIYA, MAYA, PRIYA]);
    const tenant = await readScope(await world.probe(MAYA.email), 'tenant');
    customerId = customerRowSchema.parse(tenant.rows.get('customers')?.[0]).id;
  }, 120_000);

  afterAll(async () => {
    await world?.close();
  });

  it(
    `converges with each accepted mutation applied once or refused (${runs} schedules)`,
    async () => {
      const property = fc.asyncProperty(scheduleArbitrary(), async (schedule: Schedule) => {
        const scope = scopeOfSchedule(world);
        const headBefore = await scopeHead(await world.probe(MAYA.email), scope);
        const t0 = Date.now();
        const run = await runSchedule(world, schedule, customerId);
        const t1 = Date.now();
        await converge(world);
        const t2 = Date.now();
        // Every scope, every entity on every 10th schedule; the team the schedules write to on all.
        await expectReplicasEqualHub(world, schedules++ % 10 === 0 ? undefined : scope);
        const t3 = Date.now();
        const once = await expectEachMutationOnce(world, run, scope, headBefore);
        totals.applied += once.applied;
        totals.refused += once.refused;
        if (process.env.RELAY_PROPERTY_DEBUG) console.log(`ops ${schedule.ops.map((o) => o.kind).join(',')} run ${t1 - t0} converge ${t2 - t1} equal ${t3 - t2} once ${Date.now() - t3}`);
      });
      await fc.assert(property, { numRuns: runs, seed, endOnFailure: !shrink, verbose: 1 });
      await expectReplicasEqualHub(world);
      console.info(
        `[property] ${runs} schedules: ${totals.applied} mutations applied, ${totals.refused} refused by the hub, ` +
          `${world.counts.cuts} link cuts, ${world.counts.coreRestarts} core restarts, ${world.counts.hubRestarts} hub restarts`,
      );
      // Enough schedules must have hit the interesting paths, or the property proved little.
      if (runs >= 100) {
        expect(totals.refused, 'some changes refused by the hub').toBeGreaterThan(0);
        expect(world.counts.hubRestarts, 'some hub restarts').toBeGreaterThan(0);
      }
    },
    // Generous: a loaded 2-core machine runs a schedule in well under a second, an idle one faster.
    Math.max(120_000, runs * 6_000),
  );
});
