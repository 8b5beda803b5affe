import { describe, expect, it } from 'vitest';
import type { EntityName } from '../../../../src/core';
import { createWorld } from '../../../../src/hub/seed/createWorld';
import { largeWorldOptions } from '../../../../src/hub/seed/seedLarge';
import { seedLargeTargets } from '../../../../src/hub/seed/seedLargeTargets';

/** Generates the large world in memory (no database) and counts rows per entity. */
function countWorld(scale: number, seed?: number): Partial<Record<EntityName, number>> {
  const options = largeWorldOptions(scale);
  const world = createWorld(seed === undefined ? options : { ...options, seed });
  const counts: Partial<Record<EntityName, number>> = {};
  const add = (rows: ReturnType<typeof world.header>) => {
    for (const r of rows) counts[r.entity] = (counts[r.entity] ?? 0) + 1;
  };
  add(world.header());
  for (let done = 0; done < options.customers; done += 250) add(world.customers(Math.min(250, options.customers - done)));
  return counts;
}

describe('large seed: planned counts', () => {
  it('scale 1 plans at least the benchmark minimums: 50k customers, 200k shipments, 100k tickets, 1M events', () => {
    expect(seedLargeTargets(1)).toEqual({ customers: 50_000, shipments: 200_000, tickets: 100_000, trackingEvents: 1_000_000 });
    const options = largeWorldOptions(1);
    expect(options.customers).toBe(50_000);
    expect(options.targets).toEqual({ shipments: 200_000, tickets: 100_000 });
    // Fractional scales round the minimums up, never down.
    expect(seedLargeTargets(0.00001)).toMatchObject({ customers: 1, shipments: 2, tickets: 1, trackingEvents: 10 });
  });

  it.each([
    [0.01, undefined],
    [0.02, undefined],
    [0.01, 7],
    [0.004, 99],
  ])('a generated world at scale %s (seed %s) reaches every target without overshooting much', (scale, seed) => {
    const targets = seedLargeTargets(scale);
    const counts = countWorld(scale, seed);
    // The header's named demo customers come on top of the generated ones.
    expect(counts.customers).toBe(targets.customers + 12);
    expect(counts.shipments ?? 0).toBeGreaterThanOrEqual(targets.shipments);
    expect(counts.tickets ?? 0).toBeGreaterThanOrEqual(targets.tickets);
    expect(counts.tracking_events ?? 0).toBeGreaterThanOrEqual(targets.trackingEvents);
    // Steered, not padded: within a few percent of the plan.
    expect(counts.shipments ?? 0).toBeLessThan(targets.shipments * 1.05 + 10);
    expect(counts.tickets ?? 0).toBeLessThan(targets.tickets * 1.08 + 10);
  });

  it('is deterministic: the same scale gives the same counts', () => {
    expect(countWorld(0.004)).toEqual(countWorld(0.004));
  });
});
