import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type HelloResponse, type InvoiceRow, type LiveChanges } from '../../../../src/core';
import { renderInvoicePdf } from '../../../../src/hub/invoices/renderInvoicePdf';
import type { RunningHub } from '../../../../src/hub/startHub';
import { connectSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequestOk } from '../../../fixtures/hub/socketRequest';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { hubReader } from '../../../fixtures/ingest/hubReader';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, startIngestHub, TEST_WEBHOOK_SECRET } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const pdfOf = (number: string) => renderInvoicePdf({ title: `Invoice ${number}`, lines: ['Harbor Foods', 'EUR 1,250.00'] });
const invoice = (number: string, extra: Record<string, unknown> = {}) => ({
  number,
  customer: { accountNumber: 'ACC-INV-1', name: 'Harbor Foods' },
  orderNumbers: ['SO-7001'],
  status: 'open',
  currency: 'EUR',
  amountMinor: 125_000,
  issuedAt: '2026-11-01T09:00:00Z',
  dueAt: '2026-12-01T09:00:00Z',
  ...extra,
});

describe('ingest: ERP invoices feed', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let hub: RunningHub;
  let client: ReturnType<typeof webhookClient>;

  beforeAll(async () => {
    hub = await startIngestHub();
    client = webhookClient(hub.url, TEST_WEBHOOK_SECRET);
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.close();
  });

  async function invoiceRows(): Promise<InvoiceRow[]> {
    const reader = await hubReader(hub);
    try {
      return (await reader.rows('tenant', 'invoices')) as unknown as InvoiceRow[];
    } finally {
      reader.close();
    }
  }

  async function agentGet(path: string, email = 'priya@relay.example'): Promise<Response> {
    const password = hub.demoCredentials.find((c) => c.email === email)?.password ?? 'missing';
    const { token } = await hubLogin(hub.url, email, password);
    return fetch(`${hub.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  }

  it('refuses an unsigned or wrongly signed delivery with 401 and the reason', async () => {
    const unsigned = await client.post('invoices', JSON.stringify(invoice('INV-X1')), { signature: null });
    expect(unsigned.status).toBe(401);
    const forged = await client.post('invoices', JSON.stringify(invoice('INV-X1')), { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.body)).toMatch(/signature/i);
  });

  it('keeps good items, reports bad ones by index (schema, not a PDF, too large), stores the PDF byte for byte', async () => {
    const pdf = pdfOf('INV-1001');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 32)]);
    const items = [
      invoice('INV-1001', { pdf: { base64: pdf.toString('base64') } }),
      invoice('INV-1002', { status: 'unpaid' }),
      invoice('INV-1003', { pdf: { base64: Buffer.from('GIF89a not a pdf').toString('base64') } }),
      invoice('INV-1004', { pdf: { base64: big.toString('base64') } }),
      invoice('INV-1005', { status: 'partially_paid' }),
      invoice('INV-1006', { amountMinor: 12.5 }),
      invoice('INV-1007', { status: 'paid', customer: { email: 'ap@harbor-foods.example' } }),
    ];
    const answer = await client.post('invoices', JSON.stringify(items));
    expect(answer.status).toBe(202);
    expect(answer.body.accepted).toBe(2);
    const rejected = answer.body.rejected as { index: number; reason: string }[];
    expect(rejected.map((r) => r.index)).toEqual([1, 2, 3, 4, 5]);
    expect(rejected[0]?.reason).toMatch(/^status: /);
    expect(rejected[1]?.reason).toMatch(/not a PDF/);
    expect(rejected[2]?.reason).toMatch(/limit is/);
    expect(rejected[3]?.reason).toMatch(/paidMinor/);
    expect(rejected[4]?.reason).toMatch(/minor units/);
    const done = await client.settled('invoices', answer.deliveryId);
    expect(done.status).toBe('done');
    expect((done.result.stored as { index: number; created: boolean; pdf: boolean }[]).map((s) => [s.index, s.created, s.pdf])).toEqual([
      [0, true, true],
      [6, true, false],
    ]);

    const rows = await invoiceRows();
    const inv = rows.find((r) => r.number === 'INV-1001');
    expect(inv).toMatchObject({ status: 'open', currency: 'EUR', amountMinor: 125_000, paidMinor: 0, orderNumbers: ['SO-7001'], dueAt: Date.parse('2026-12-01T09:00:00Z') });
    expect(inv?.pdf).toMatchObject({ name: 'INV-1001.pdf', contentType: 'application/pdf', size: pdf.length });
    expect(inv?.pdf?.storageKey.startsWith(`inv/${inv.id}/`)).toBe(true);
    // A paid invoice without paidMinor is paid in full.
    expect(rows.find((r) => r.number === 'INV-1007')).toMatchObject({ status: 'paid', paidMinor: 125_000, pdf: null });

    const fetched = await agentGet(`/api/v1/invoices/${inv!.id}/pdf`);
    expect(fetched.status).toBe(200);
    expect(fetched.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await fetched.arrayBuffer()).equals(pdf)).toBe(true);
    const noPdf = await agentGet(`/api/v1/invoices/${rows.find((r) => r.number === 'INV-1007')!.id}/pdf`);
    expect(noPdf.status).toBe(404);
    expect(((await noPdf.json()) as { error: { message: string } }).error.message).toMatch(/no PDF yet/);
    expect((await fetch(`${hub.url}/api/v1/invoices/${inv!.id}/pdf`)).status).toBe(401);

    const nothingGood = await client.post('invoices', JSON.stringify([{ number: 'x' }]));
    expect(nothingGood.status).toBe(400);
    expect(nothingGood.body).toMatchObject({ accepted: 0, rejected: [{ index: 0 }] });
  });

  it('answers a repeated delivery id with the stored result and stores nothing twice; a later status keeps id and PDF', async () => {
    const body = JSON.stringify(invoice('INV-2001', { pdf: { base64: pdfOf('INV-2001').toString('base64') } }));
    const deliveryId = `erp-${uuidv7()}`;
    const first = await client.post('invoices', body, { deliveryId });
    expect(first.status).toBe(202);
    await client.settled('invoices', deliveryId);
    const again = await client.post('invoices', body, { deliveryId });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ duplicate: true, deliveryId, status: 'done' });
    const before = (await invoiceRows()).filter((r) => r.number === 'INV-2001');
    expect(before).toHaveLength(1);

    const paid = await client.deliver('invoices', JSON.stringify(invoice('INV-2001', { status: 'paid' })));
    expect(paid.stored).toEqual([{ index: 0, invoiceId: before[0]!.id, created: false, pdf: false }]);
    const after = (await invoiceRows()).filter((r) => r.number === 'INV-2001');
    expect(after).toEqual([expect.objectContaining({ id: before[0]!.id, status: 'paid', paidMinor: 125_000, pdf: before[0]!.pdf, createdAt: before[0]!.createdAt })]);
  });

  it('sends a billing-status change to connected desktops live, in the tenant scope', async () => {
    await client.deliver('invoices', JSON.stringify(invoice('INV-3001')));
    const email = 'priya@relay.example';
    const password = hub.demoCredentials.find((c) => c.email === email)?.password ?? 'missing';
    const { token } = await hubLogin(hub.url, email, password);
    const socket = await connectSocket(hub.url, { token });
    try {
      const live: LiveChanges[] = [];
      socket.on('changes', (batch: LiveChanges) => live.push(batch));
      await socketRequestOk<HelloResponse>(socket, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} });
      await client.deliver('invoices', JSON.stringify(invoice('INV-3001', { status: 'partially_paid', paidMinor: 50_000 })));
      const change = await waitFor(
        () => live.flatMap((b) => b.rows).find((c) => c.entity === 'invoices' && (c.row as unknown as InvoiceRow | null)?.number === 'INV-3001'),
        'the invoice change to arrive live',
        30_000,
      );
      expect(live.find((b) => b.rows.includes(change))?.scope).toBe('tenant');
      expect(change.row).toMatchObject({ status: 'partially_paid', paidMinor: 50_000 });
    } finally {
      socket.close();
    }
  });
});
