import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../../src/hub/startHub';
import { hubReader } from '../../../fixtures/ingest/hubReader';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, startIngestHub, TEST_WEBHOOK_SECRET } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const x12Sample = (name: string): Buffer => readFileSync(new URL(`../../../fixtures/ingest/${name}`, import.meta.url));

describe('ingest: orders, shipments, tracking events (JSON and X12 214)', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let hub: RunningHub;
  let client: ReturnType<typeof webhookClient>;
  let x12: ReturnType<typeof webhookClient>;

  beforeAll(async () => {
    hub = await startIngestHub();
    client = webhookClient(hub.url, TEST_WEBHOOK_SECRET);
    x12 = webhookClient(hub.url, `${TEST_WEBHOOK_SECRET}-x12`);
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.close();
  });

  it('keeps the good items of a batch and reports the bad ones by index with the reason', async () => {
    const orders = [
      { number: 'SO-9001', customer: { accountNumber: 'ACC-77', name: 'Harbor Foods' }, status: 'confirmed', currency: 'EUR', lines: [{ sku: 'P-1', description: 'Pallet', quantity: 2, unitPrice: 120.5 }] },
      { number: 'SO-9002', customer: { accountNumber: 'ACC-77' }, status: 'teleported', currency: 'EUR', lines: [] },
      { number: '', customer: {}, status: 'confirmed', currency: 'euro', lines: [] },
      { number: 'SO-9003', customer: { accountNumber: 'ACC-77' }, status: 'pending', currency: 'EUR', lines: [], total: 10 },
    ];
    const answer = await client.post('orders', JSON.stringify(orders));
    expect(answer.status).toBe(202);
    expect(answer.body.accepted).toBe(2);
    const rejected = answer.body.rejected as { index: number; reason: string }[];
    expect(rejected.map((r) => r.index)).toEqual([1, 2]);
    expect(rejected[0]?.reason).toMatch(/^status: /);
    expect(rejected[1]?.reason).toMatch(/number: .*currency: /);
    const done = await client.settled('orders', answer.deliveryId);
    expect(done.status).toBe('done');
    expect((done.result.stored as { index: number }[]).map((s) => s.index)).toEqual([0, 3]);

    const reader = await hubReader(hub);
    try {
      const rows = await reader.rows('tenant', 'orders');
      const so1 = rows.find((o) => o.number === 'SO-9001');
      expect(so1).toMatchObject({ total: 241, status: 'confirmed', currency: 'EUR' });
      // Both orders of account ACC-77 belong to the one customer created for it.
      expect(rows.find((o) => o.number === 'SO-9003')?.customerId).toBe(so1?.customerId);
    } finally {
      reader.close();
    }

    const nothingGood = await client.post('orders', JSON.stringify([{ number: 'x' }]));
    expect(nothingGood.status).toBe(400);
    expect(nothingGood.body).toMatchObject({ accepted: 0, rejected: [{ index: 0 }] });
  });

  it('upserts shipments, applies JSON and X12 tracking events in order, flags unknown codes, never stores an event twice', async () => {
    const shipments = [
      { carrier: 'ABFS', trackingNumber: 'PRO778812', mode: 'ltl', orderNumber: 'SO-9001', origin: 'Chicago, US', destination: 'Columbus, US', promisedDate: '2026-11-22T17:00:00Z' },
      { carrier: 'ABFS', trackingNumber: 'PRO778813', mode: 'ltl', customer: { accountNumber: 'ACC-77' } },
      { carrier: 'ABFS', trackingNumber: 'PRO-ORPHAN', mode: 'ltl', orderNumber: 'SO-NOPE' },
    ];
    const stored = await client.deliver('shipments', JSON.stringify(shipments));
    expect((stored.stored as unknown[]).length).toBe(2);
    expect(stored.failed).toEqual([{ index: 2, reason: expect.stringMatching(/order SO-NOPE is unknown/) }]);

    const json = await client.deliver(
      'tracking',
      JSON.stringify([
        { carrier: 'ABFS', trackingNumber: 'PRO778812', code: 'PU', status: 'picked_up', occurredAt: '2026-11-21T12:00:00Z', location: 'Chicago, IL' },
        { carrier: 'ABFS', trackingNumber: 'PRO-UNKNOWN', code: 'PU', occurredAt: '2026-11-21T12:00:00Z' },
      ]),
    );
    expect(json.failed).toEqual([{ index: 1, reason: expect.stringMatching(/no shipment with tracking number PRO-UNKNOWN/) }]);

    const edi = await x12.post('x12', x12Sample('x12-214-basic.edi'), { contentType: 'application/edi-x12' });
    expect(edi.status).toBe(202);
    expect(edi.body).toMatchObject({ accepted: 4, errors: [] });
    expect((await x12.settled('x12', edi.deliveryId)).status).toBe('done');

    const unknown = await x12.post('x12', x12Sample('x12-214-unknown-codes.edi'), { contentType: 'text/plain' });
    expect(unknown.status).toBe(202);
    const unknownDone = await x12.settled('x12', unknown.deliveryId);
    expect((unknownDone.result.stored as { status: string; flagged: boolean }[]).map((s) => [s.status, s.flagged])).toEqual([
      ['unknown', true],
      ['out_for_delivery', true],
      ['refused', false],
    ]);

    const malformed = await x12.post('x12', 'GS*QM*nothing~', { contentType: 'application/edi-x12' });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { message: expect.stringMatching(/ISA/) } });

    const reader = await hubReader(hub);
    try {
      const rows = await reader.rows('tenant', 'shipments');
      const first = rows.find((s) => s.trackingNumber === 'PRO778812');
      const second = rows.find((s) => s.trackingNumber === 'PRO778813');
      // Latest event on PRO778812 is the A7/BS refusal (14:00 UT on the 23rd).
      expect(first).toMatchObject({ status: 'exception', lastEventAt: Date.parse('2026-11-23T14:00:00Z') });
      expect(second).toMatchObject({ status: 'delivered' });
      const events = (await reader.rows('tenant', 'tracking_events')).filter((e) => e.shipmentId === first?.id);
      expect(events.map((e) => e.rawCode).sort()).toEqual(['A7', 'AF', 'PU', 'SD', 'X1', 'X6', 'ZZ']);
      expect(events.find((e) => e.rawCode === 'ZZ')).toMatchObject({ status: 'unknown', flagged: true, source: 'x12_214', location: 'TOLEDO, OH, US' });
      expect(events.find((e) => e.rawCode === 'SD')).toMatchObject({ status: 'delayed', rawReason: 'AO', carrier: 'ABFS' });

      // The same interchange again (new delivery id) stores no second copy of any event.
      await x12.deliver('x12', x12Sample('x12-214-basic.edi'), { contentType: 'application/edi-x12' });
      const after = (await reader.rows('tenant', 'tracking_events')).filter((e) => e.shipmentId === first?.id);
      expect(after).toHaveLength(events.length);
    } finally {
      reader.close();
    }
  });
});
