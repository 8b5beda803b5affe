import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type HelloResponse, type InvoiceRow, type SnapshotResponse, type TicketRow } from '../../../../src/core';
import { renderInvoicePdf } from '../../../../src/hub/invoices/renderInvoicePdf';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { connectSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequestOk } from '../../../fixtures/hub/socketRequest';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { hubReader } from '../../../fixtures/ingest/hubReader';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, TEST_WEBHOOK_SECRET, testWebhookSecrets } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';
import { startLocalSmtpServer } from '../outbound/localSmtpServer';

/** "Invoice copy": the reply names the invoice's PDF the feed stored; the email carries its bytes, nothing re-uploaded. */
describe('an invoice PDF attached to an email reply by reference', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let hub: RunningHub;
  let smtp: Awaited<ReturnType<typeof startLocalSmtpServer>>;
  let ticket: TicketRow;
  let invoice: InvoiceRow;
  const pdf = renderInvoicePdf({ title: 'Invoice INV-MAIL-1', lines: ['Copy for the accounts team'] });

  beforeAll(async () => {
    smtp = await startLocalSmtpServer();
    const email = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, requireTls: false, ignoreTls: true, from: 'support@relay.example', messageIdDomain: 'relay.example' });
    hub = await startHub({ dataDir: ':memory:', port: 0, seed: 'demo', webhookSecrets: testWebhookSecrets, rules: { connectors: { email }, sweepIntervalMs: 0 } });
    const priya = await hubLogin(hub.url, 'priya@relay.example', 'demo-priya');
    const socket = await connectSocket(hub.url, { token: priya.token });
    await socketRequestOk<HelloResponse>(socket, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} });
    const page = await socketRequestOk<SnapshotResponse>(socket, 'snapshot', { scope: teamScope(priya.agent.teamId), entity: 'tickets', afterId: null, limit: 50 });
    ticket = page.rows.find((r) => r.status !== 'closed' && r.channel === 'email') as TicketRow;
    socket.close();
    const erp = webhookClient(hub.url, TEST_WEBHOOK_SECRET);
    const invoiceItem = { number: 'INV-MAIL-1', customer: { id: ticket.customerId }, status: 'open', currency: 'EUR', amountMinor: 4_200, issuedAt: Date.now(), dueAt: Date.now() + 86_400_000, pdf: { base64: pdf.toString('base64') } };
    await erp.deliver('invoices', JSON.stringify(invoiceItem));
    const reader = await hubReader(hub);
    try {
      invoice = ((await reader.rows('tenant', 'invoices')) as unknown as InvoiceRow[]).find((i) => i.number === 'INV-MAIL-1')!;
    } finally {
      reader.close();
    }
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    await hub?.close();
    await smtp?.close();
  });

  it('emails the stored PDF byte for byte as a MIME part', async () => {
    const id = uuidv7();
    const result = await hub.mutate('priya@relay.example', 'message.send', {
      id,
      ticketId: ticket.id,
      kind: 'reply',
      channel: 'email',
      body: 'Here is the copy of your invoice.',
      attachments: [invoice.pdf],
    });
    expect(result).toMatchObject({ status: 'applied' });
    const mail = await waitFor(() => smtp.received.find((m) => m.raw.includes(id)), 'the reply reaching the SMTP server', 60_000);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.attachments.map((a) => [a.filename, a.contentType, a.content.equals(pdf)])).toEqual([['INV-MAIL-1.pdf', 'application/pdf', true]]);
  });

  it('refuses a reply naming a PDF the invoice does not have', async () => {
    const forged = { ...invoice.pdf!, storageKey: invoice.pdf!.storageKey.replace(/[0-9a-f]{16}$/, '0000000000000000') };
    const result = await hub.mutate('priya@relay.example', 'message.send', { id: uuidv7(), ticketId: ticket.id, kind: 'reply', channel: 'email', body: 'Forged', attachments: [forged] });
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'not_found' } });
  });
});
