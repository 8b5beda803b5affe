/**
 * Opening a ticket, a customer 360 or a shipment timeline through the core notes the open in
 * `recent_opens` (what the prune spares); opening again within the hour writes nothing new.
 */
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { createDesktopCore } from '../../../../src/desktop/createDesktopCore';
import { call } from '../../../fixtures/desktop/coreCalls';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('recording opens', () => {
  const dir = tempDir('relay-opens-');
  afterAll(() => dir.remove());

  it('notes tickets, customers and shipments the agent opens, once an hour at most', async () => {
    const path = dir.file('replica.sqlite');
    let clock = Date.UTC(2026, 11, 1, 9, 0);
    const core = await createDesktopCore({ dbPath: path, now: () => clock, log: () => {} });
    const [ticket, customer, shipment] = [uuidv7(), uuidv7(), uuidv7()];
    // Signed out, tickets.get cannot fetch an unknown ticket; the open is noted all the same.
    await core.invoke('tickets.get', { id: ticket });
    await call(core, 'customers.get', { id: customer });
    await call(core, 'shipments.timeline', { shipmentId: shipment });
    const first = clock;
    clock += 10 * 60_000;
    await call(core, 'customers.get', { id: customer });
    await core.close();

    const db = new Database(path, { readonly: true });
    const rows = db.prepare<[], { entity: string; id: string; opened_at: number }>('SELECT entity, id, opened_at FROM recent_opens ORDER BY entity').all();
    db.close();
    expect(rows).toEqual([
      { entity: 'customers', id: customer, opened_at: first },
      { entity: 'shipments', id: shipment, opened_at: first },
      { entity: 'tickets', id: ticket, opened_at: first },
    ]);
  });
});
