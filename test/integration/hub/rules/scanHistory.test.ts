import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScanHistory, type ScanFact } from '../../../../src/hub/rules/ScanHistory';
import { startRulesHarness, type RulesHarness } from './rulesHarness';

let h: RulesHarness;
beforeAll(async () => {
  h = await startRulesHarness({});
});
afterAll(async () => {
  await h?.close();
});

const load = (history: ScanHistory, ids: string[]) => h.ctx.db.transaction((tx) => history.load(tx, ids));
const view = (scans: readonly ScanFact[] | undefined) => [...(scans ?? [])].map((s) => `${s.status}@${s.occurredAt}:${s.id}`).sort();

describe('ScanHistory: a rules engine reads each scan once', () => {
  it('brings cached shipments up to date from the change log and reads new ones from the table, equal to a full read every time', async () => {
    const customer = await h.customer();
    const [a, b] = [await h.shipment(customer.id), await h.shipment(customer.id)];
    await h.scan(a.id, 'in_transit');
    const kept = new ScanHistory();
    expect(view((await load(kept, [a.id])).get(a.id))).toHaveLength(1);
    h.advance(60_000);
    await h.scan(a.id, 'delayed');
    await h.scan(b.id, 'damaged');
    h.advance(60_000);
    await h.scan(a.id, 'out_for_delivery');
    const again = await load(kept, [a.id, b.id]);
    const full = await load(new ScanHistory(), [a.id, b.id]);
    expect(view(again.get(a.id))).toEqual(view(full.get(a.id)));
    expect(view(again.get(a.id)).map((s) => s.split('@')[0])).toEqual(['delayed', 'in_transit', 'out_for_delivery']);
    expect(view(again.get(b.id))).toEqual(view(full.get(b.id)));
    expect(view(again.get(b.id))).toHaveLength(1);
  });

  it('forgets the least recently used shipment past its capacity and reads it again in full', async () => {
    const customer = await h.customer();
    const [a, b] = [await h.shipment(customer.id), await h.shipment(customer.id)];
    await h.scan(a.id, 'in_transit');
    const small = new ScanHistory(1);
    await load(small, [a.id]);
    await load(small, [b.id]);
    h.advance(60_000);
    await h.scan(a.id, 'customs_hold');
    const back = await load(small, [a.id]);
    expect(view(back.get(a.id)).map((s) => s.split('@')[0])).toEqual(['customs_hold', 'in_transit']);
  });
});
