import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exceptions } from '../../../../src/hub/store/schema';
import { H, startRulesNodes, type RulesNodes } from './startRulesNodes';

/** Both nodes run like an embedded demo hub: no timed fleet scan (the CLI's sweep finding the same shipment is covered in ../rules/exceptionRules.test.ts). */
describe('rules without the timed fleet scan (embedded hubs)', () => {
  let h: RulesNodes;
  beforeAll(async () => {
    h = await startRulesNodes('pglite', [{}, {}], { sweepShipments: false });
  }, 180_000);
  afterAll(async () => {
    await h?.close();
  });

  const exceptionsOf = (shipmentId: string) => h.nodes[0].ctx.db.select().from(exceptions).where(eq(exceptions.shipmentId, shipmentId));

  it('still reacts to what happens to a shipment, but a sweep does not scan shipments nobody touched', async () => {
    const customer = await h.customer();
    // Written through node 1's lane: its engine reacts and opens the delay exception.
    const touched = await h.lateShipment(0, customer.id);
    await h.idle();
    expect((await exceptionsOf(touched.id)).map((e) => e.type)).toEqual(['delay']);

    // Written through node 2's lane with its engine stopped: nothing reacts, only node 1's sweep could find it.
    await h.nodes[1].engine.stop();
    const untouched = await h.lateShipment(1, customer.id);
    await h.nodes[0].engine.idle();
    h.advance(5 * 24 * H);
    await h.nodes[0].engine.sweep();
    await h.nodes[0].engine.idle();
    expect(await exceptionsOf(untouched.id)).toEqual([]);
  });
});
