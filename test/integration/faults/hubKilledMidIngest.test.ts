import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookDeliveries } from '../../../src/hub/ingest/ingestTables';
import { changes } from '../../../src/hub/store/syncTables';
import { shipments, trackingEvents } from '../../../src/hub/store/logisticsTables';
import { openStore } from '../../../src/hub/store/openStore';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { killChildHubs, startChildHub, type ChildHub } from '../../fixtures/faults/childHub';
import { countRepeats, reportCounts } from '../../fixtures/faults/countRepeats';
import { TEST_WEBHOOK_SECRET } from '../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../fixtures/ingest/webhookClient';

const SHIPMENTS = 10;
const BATCHES = 3;
// A 150-event batch takes seconds on PGlite (a busy 2-core machine): long enough to be killed inside.
const EVENTS_PER_BATCH = 150;
const ROUNDS = 3;
const env = { RELAY_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET };

/**
 * Fault: the hub process is SIGKILLed while it works through large signed tracking batches it
 * has already accepted (202), and is restarted on the same PGlite folder.
 * Checked: every accepted delivery ends `done`; every tracking event of every batch is stored
 * exactly once (counted per shipment + code + time: lost 0, duplicated 0) and written to the
 * change log exactly once (so desktops get each once).
 */
describe('fault: hub killed mid ingest batch', () => {
  const dir = tempDir('relay-fault-ingest-');
  const dataDir = dir.file('hub');
  const run = Date.now().toString(36);
  const tracking = (i: number): string => `FLT${run}-${i}`;
  let hub: ChildHub | null = null;

  beforeAll(async () => {
    // No seed: the feed creates its own customer, and a seeded PGlite start costs tens of seconds.
    hub = await startChildHub({ dataDir, seed: null, env });
  }, 180_000);

  afterAll(async () => {
    await killChildHubs();
    dir.remove();
  });

  it('stores every event of the batches it was processing exactly once after a restart', async () => {
    const created = await webhookClient(hub!.url, TEST_WEBHOOK_SECRET).deliver(
      'shipments',
      JSON.stringify(
        Array.from({ length: SHIPMENTS }, (_, i) => ({ carrier: 'FLTC', trackingNumber: tracking(i), mode: 'parcel', customer: { accountNumber: `ACC-${run}`, name: 'Fault Freight Ltd' } })),
      ),
    );
    expect((created.stored as unknown[]).length).toBe(SHIPMENTS);

    // Each event a distinct (shipment, code, time): the key a repeat check would match.
    const base = Date.parse('2026-11-20T00:00:00Z');
    const expectedKeys: string[] = [];
    const deliveryIds: string[] = [];
    let interrupted = 0;
    // A fast machine may finish the batches before the kill lands: then another round, up to three.
    for (let round = 0; round < ROUNDS && interrupted === 0; round++) {
      const client = webhookClient(hub!.url, TEST_WEBHOOK_SECRET);
      const ids: string[] = [];
      for (let b = 0; b < BATCHES; b++) {
        const events = Array.from({ length: EVENTS_PER_BATCH }, () => {
          const n = expectedKeys.length;
          const event = { carrier: 'FLTC', trackingNumber: tracking(n % SHIPMENTS), code: 'X6', status: 'in_transit', occurredAt: base + n * 60_000, location: `Hub ${n}` };
          expectedKeys.push(`${event.trackingNumber}|${event.code}|${event.occurredAt}`);
          return event;
        });
        const answer = await client.post('tracking', JSON.stringify(events));
        expect(answer.status).toBe(202);
        ids.push(answer.deliveryId);
      }
      // Kill while the queue is busy: a POST waits while PGlite writes a batch, so the last
      // answer comes with the batches before it done and the last one being written.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 50)));
      await hub!.kill();
      const atKill = await deliveryStatuses(dataDir, ids);
      console.info(`[faults] round ${round}: hub SIGKILLed with deliveries ${atKill.join(', ')}`);
      interrupted += atKill.filter((s) => s === 'queued').length;
      deliveryIds.push(...ids);
      hub = await startChildHub({ dataDir, seed: null, env });
    }
    expect(interrupted, 'a kill interrupted accepted work').toBeGreaterThan(0);

    const resumed = webhookClient(hub!.url, TEST_WEBHOOK_SECRET);
    for (const id of deliveryIds) {
      const settled = await resumed.settled('tracking', id);
      expect(settled.status, `delivery ${id} resumed and finished`).toBe('done');
      expect(settled.result.failed ?? [], `delivery ${id} items`).toEqual([]);
    }
    await hub!.stop();
    hub = null;

    const stored = await storedEvents(dataDir, `FLT${run}-%`);
    const rows = countRepeats(expectedKeys, stored.keys);
    reportCounts('hub killed mid ingest batch, tracking events stored', rows);
    const logged = countRepeats(stored.ids, stored.loggedIds);
    reportCounts('hub killed mid ingest batch, change-log writes of those events', logged);
    expect(rows).toMatchObject({ expected: expectedKeys.length, lost: 0, duplicated: 0 });
    expect(logged).toMatchObject({ lost: 0, duplicated: 0 });
  }, 300_000);
});

/** Delivery statuses read straight from the stopped hub's folder. */
async function deliveryStatuses(dataDir: string, ids: string[]): Promise<string[]> {
  const store = await openStore({ kind: 'pglite', dataDir });
  try {
    const rows = await store.db
      .select({ id: webhookDeliveries.deliveryId, status: webhookDeliveries.status })
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.source, 'tracking'), inArray(webhookDeliveries.deliveryId, ids)));
    const byId = new Map(rows.map((r) => [r.id, r.status]));
    return ids.map((id) => byId.get(id) ?? 'missing');
  } finally {
    await store.close();
  }
}

/** Every stored tracking event of the test's shipments (as keys) and the change-log writes of those events. */
async function storedEvents(dataDir: string, trackingPattern: string): Promise<{ keys: string[]; ids: string[]; loggedIds: string[] }> {
  const store = await openStore({ kind: 'pglite', dataDir });
  try {
    const rows = await store.db
      .select({ id: trackingEvents.id, trackingNumber: shipments.trackingNumber, code: trackingEvents.rawCode, occurredAt: trackingEvents.occurredAt })
      .from(trackingEvents)
      .innerJoin(shipments, eq(trackingEvents.shipmentId, shipments.id))
      .where(like(shipments.trackingNumber, trackingPattern));
    const ids = rows.map((r) => r.id);
    const logged = await store.db
      .select({ id: changes.entityId })
      .from(changes)
      .where(and(eq(changes.entity, 'tracking_events'), inArray(changes.entityId, ids)));
    return { keys: rows.map((r) => `${r.trackingNumber}|${r.code}|${r.occurredAt}`), ids, loggedIds: logged.map((r) => r.id) };
  } finally {
    await store.close();
  }
}
