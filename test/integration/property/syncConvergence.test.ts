/**
 * Property: random schedules of writes, link cuts, core restarts and hub restarts always end
 * with every replica equal to the hub for its scopes, every accepted mutation applied once or
 * listed as refused, and nothing applied twice.
 *
 * Flags (environment):
 *   RELAY_PROPERTY_RUNS=<n>    schedules to run (default 200; e.g. 2000 for a long run)
 *   RELAY_PROPERTY_SEED=<int>  replay a failing run: fast-check prints the seed (and path) on failure
 *   RELAY_PROPERTY_SHRINK=1    shrink a failure to a minimal schedule (slow: every try is real I/O)
 *
 * One hub (PGlite on a temp folder, restarted on the same port) and three desktop cores
 * (Priya on two devices, Maya) serve every schedule; each schedule opens its own tickets.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
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
        await expectReplicasEqualHub(world);
        const t3 = Date.now();
        await expectEachMutationOnce(world, run, scope, headBefore);
        if (process.env.RELAY_PROPERTY_DEBUG) console.log(`ops ${schedule.ops.map((o) => o.kind).join(',')} run ${t1 - t0} converge ${t2 - t1} equal ${t3 - t2} once ${Date.now() - t3}`);
      });
      await fc.assert(property, { numRuns: runs, seed, endOnFailure: !shrink, verbose: 1 });
    },
    Math.max(120_000, runs * 3_000),
  );
});
