import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { call } from '../../../fixtures/desktop/coreCalls';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, TEST_WEBHOOK_SECRET, testWebhookSecrets } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };

/** A one-set 214 whose B10 carries a carrier-internal reference; the order number is only in L11 (PO). */
const x12WithL11Only = (orderNumber: string): string =>
  [
    'ISA*00*          *00*          *ZZ*ABFS           *ZZ*RELAY          *261123*1405*U*00401*000000931*0*P*>',
    'GS*QM*ABFS*RELAY*20261123*1405*931*X*004010',
    'ST*214*0001',
    'B10*ABFS-INTERNAL-4471**ABFS',
    `L11*${orderNumber}*PO`,
    'LX*1',
    'AT7*SD*AO***20261123*0600*UT',
    'MS1*COLUMBUS*OH*US',
    'SE*7*0001',
    'GE*1*931',
    'IEA*1*000000931',
  ].join('~\n') + '~';

/** Reads the desktop's replica file beside the running core (WAL lets a second reader in). */
function replica<T>(path: string, read: (db: Database.Database) => T): T {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/**
 * Signed HTTP ingest → rules engine → exception linked to the open ticket → the desktop's replica,
 * over real sockets on a PGlite hub: JSON tracking events and an X12 214 matched by its L11 reference.
 */
describe('ingest → rules → desktop replica', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  const dir = tempDir('relay-rules-e2e-');
  let hub: RunningHub;
  let core: DesktopCore;
  let client: ReturnType<typeof webhookClient>;
  let x12: ReturnType<typeof webhookClient>;
  const dbPath = dir.file('replica.sqlite');

  beforeAll(async () => {
    // No connectors, no timed sweep: everything below is the engine reacting to ingest.
    hub = await startHub({ dataDir: ':memory:', port: 0, seed: 'demo', rules: { connectors: {}, sweepIntervalMs: 0 }, webhookSecrets: testWebhookSecrets });
    client = webhookClient(hub.url, TEST_WEBHOOK_SECRET);
    x12 = webhookClient(hub.url, `${TEST_WEBHOOK_SECRET}-x12`);
    core = await createDesktopCore({ dbPath, hubUrl: hub.url, log: () => {} });
    await call(core, 'session.signIn', PRIYA);
    await waitFor('first sync', async () => (await call(core, 'sync.status', {})).connection === 'online', 60_000);
  }, HUB_START_TIMEOUT_MS);

  afterAll(async () => {
    await core?.close();
    await hub?.close();
    dir.remove();
  });

  it('a damaged scan (JSON) and a delay (X12 214, matched by L11 PO) open exceptions on the open ticket, live on the desktop', async () => {
    await client.deliver(
      'orders',
      JSON.stringify([
        { number: 'SO-77001', customer: { accountNumber: 'ACC-RULES', name: 'Harbor Foods Rules' }, status: 'shipped', currency: 'EUR', lines: [{ sku: 'P-1', description: 'Pallet', quantity: 2, unitPrice: 120 }] },
        { number: 'SO-77002', customer: { accountNumber: 'ACC-RULES' }, status: 'shipped', currency: 'EUR', lines: [] },
      ]),
    );
    await client.deliver(
      'shipments',
      JSON.stringify([
        { carrier: 'ABFS', trackingNumber: 'PRO-RULES-1', mode: 'ltl', orderNumber: 'SO-77001', origin: 'Chicago, US', destination: 'Columbus, US' },
        { carrier: 'ABFS', trackingNumber: 'PRO-RULES-2', mode: 'ltl', orderNumber: 'SO-77002', origin: 'Chicago, US', destination: 'Dayton, US' },
      ]),
    );
    const { customerId, teamId } = await waitFor('the customer and Priya’s team on the desktop', () =>
      replica(dbPath, (db) => {
        const customer = db.prepare<[], { id: string }>(`SELECT id FROM customers WHERE name = 'Harbor Foods Rules'`).get();
        const agent = db.prepare<[string], { team_id: string }>('SELECT team_id FROM agents WHERE email = ?').get(PRIYA.email);
        return customer && agent ? { customerId: customer.id, teamId: agent.team_id } : undefined;
      }),
    );

    // The customer writes in about both orders; Priya logs it as a ticket (no direct shipment link).
    const ticketId = uuidv7();
    const created = await hub.mutate(PRIYA.email, 'ticket.create', {
      id: ticketId,
      subject: 'Pallet PRO-RULES-1 and order SO-77002',
      customerId,
      teamId,
      channel: 'email',
      firstMessage: { id: uuidv7(), direction: 'inbound', body: 'Where are PRO-RULES-1 and our order SO-77002? We need both by Friday.' },
    });
    expect(created.status).toBe('applied');

    await client.deliver('tracking', JSON.stringify([{ carrier: 'ABFS', trackingNumber: 'PRO-RULES-1', code: 'A9', status: 'damaged', occurredAt: '2026-11-23T08:00:00Z', location: 'Indianapolis, IN' }]));
    const edi = await x12.post('x12', Buffer.from(x12WithL11Only('SO-77002'), 'latin1'), { contentType: 'application/edi-x12' });
    expect(edi.status).toBe(202);
    expect(edi.body).toMatchObject({ accepted: 1, errors: [] });
    const done = await x12.settled('x12', edi.deliveryId);
    expect(done.status).toBe('done');

    const rows = await waitFor(
      'both exceptions, linked to the ticket, in the desktop replica',
      () =>
        replica(dbPath, (db) => {
          const found = db
            .prepare<[string], { type: string; severity: string; status: string; ticket_id: string | null; team_id: string; tracking_number: string }>(
              `SELECT e.type, e.severity, e.status, e.ticket_id, e.team_id, s.tracking_number
                 FROM exceptions e JOIN shipments s ON s.id = e.shipment_id
                WHERE e.customer_id = ? ORDER BY s.tracking_number`,
            )
            .all(customerId);
          return found.length >= 2 && found.every((r) => r.ticket_id !== null) ? found : undefined;
        }),
      60_000,
    );
    expect(rows).toEqual([
      expect.objectContaining({ tracking_number: 'PRO-RULES-1', type: 'damaged', status: 'open', ticket_id: ticketId, team_id: teamId }),
      expect.objectContaining({ tracking_number: 'PRO-RULES-2', type: 'delay', status: 'open', ticket_id: ticketId, team_id: teamId }),
    ]);
    // The X12 event landed on the shipment its L11 order number named (tenant scope: may arrive after the exception).
    const scans = await waitFor('the X12 scan in the replica', () => {
      const found = replica(dbPath, (db) =>
        db.prepare<[], { raw_code: string; source: string }>(`SELECT t.raw_code, t.source FROM tracking_events t JOIN shipments s ON s.id = t.shipment_id WHERE s.tracking_number = 'PRO-RULES-2'`).all(),
      );
      return found.length > 0 ? found : undefined;
    });
    expect(scans).toEqual([{ raw_code: 'SD', source: 'x12_214' }]);
  });
});
