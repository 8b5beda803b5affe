import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type ShipmentRow } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import { call } from '../../../fixtures/desktop/coreCalls';
import { startFakeLoginServer } from '../../../fixtures/desktop/fakeLoginServer';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('a shipment action asked offline (the hub only answers sign-in)', () => {
  const dir = tempDir();
  const fx = replicaFixtures();
  let login: Awaited<ReturnType<typeof startFakeLoginServer>>;
  let core: DesktopCore;
  let side: LocalStore;
  const shipment: ShipmentRow = {
    id: uuidv7(), orderId: null, customerId: fx.customer.id, carrier: 'DPD', trackingNumber: '0157', mode: 'parcel', origin: 'Lyon, FR',
    destination: 'Brussels, BE', promisedDate: null, eta: null, status: 'out_for_delivery', lastEventAt: null, createdAt: fx.now, updatedAt: fx.now,
  };

  beforeAll(async () => {
    login = await startFakeLoginServer({ [fx.agent.email]: fx.agent });
    const dbPath = dir.file(`${uuidv7()}.sqlite`);
    core = await createDesktopCore({ dbPath, hubUrl: login.url, tokenStore: memoryTokenStore(), log: () => {} });
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    side = openLocalStore(dbPath);
    side.rows.put('teams', fx.team);
    side.rows.put('agents', fx.agent);
    side.rows.put('customers', fx.customer);
    side.rows.put('shipments', shipment);
    side.rows.put('tickets', { ...fx.ticket, shipmentId: shipment.id });
  });
  afterAll(async () => {
    side.close();
    core.close();
    await login.close();
    dir.remove();
  });

  it('is queued, shows in the ticket thread and on the shipment as queued here, and is refused at once when the state rules it out', async () => {
    const id = uuidv7();
    await call(core, 'shipmentAction.request', { id, shipmentId: shipment.id, ticketId: fx.ticket.id, action: { kind: 'hold_at_depot', details: { note: 'Away till Monday' } } });
    const [item] = await call(core, 'shipmentActions.list', { ticketId: fx.ticket.id });
    expect(item).toMatchObject({ id, kind: 'hold_at_depot', state: 'requested', pending: true, requestedByName: fx.agent.name, trackingNumber: '0157' });
    expect((await call(core, 'shipmentActions.list', { shipmentId: shipment.id })).map((a) => a.id)).toEqual([id]);
    expect((await call(core, 'sync.status', {})).unsent).toBeGreaterThan(0);

    const refused = await core.invoke('shipmentAction.request', { id: uuidv7(), shipmentId: shipment.id, ticketId: fx.ticket.id, action: { kind: 'cancel', details: { reason: 'Ordered twice' } } });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/already out for delivery/) } });
    expect(await call(core, 'shipmentActions.list', { ticketId: fx.ticket.id })).toHaveLength(1);
  });
});
