import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverMessage } from '../../../../src/hub/outbound/deliverMessage';
import type { OutboundMessage } from '../../../../src/hub/outbound/OutboundMessage';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { startLocalSmtpServer } from './localSmtpServer';

const noWait = { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => {} };
const message = (over: Partial<OutboundMessage> = {}): OutboundMessage => ({
  messageId: '0196b000-0000-7000-8000-0000000000aa',
  ticketId: '0196b000-0000-7000-8000-0000000000bb',
  ticketNumber: 1042,
  channel: 'email',
  subject: 'Re: Pallet 3 of 5 missing',
  body: 'Hello Ada,\nyour pallet <3> is on its way.\n\nKind regards',
  to: { customerId: 'c', name: 'Ada Lovelace', email: 'ada@customer.example', phone: null },
  inReplyTo: '<cust-2@customer.example>',
  references: ['<cust-1@customer.example>'],
  ...over,
});

/** A throwaway certificate for 127.0.0.1 made by the openssl CLI; null (tests skipped, reason printed) without it. */
const selfSigned = ((): { key: string; cert: string } | null => {
  const dir = mkdtempSync(join(tmpdir(), 'relay-smtp-tls-'));
  try {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch (error) {
    console.info(`[smtp] skipping the STARTTLS test: openssl could not make a certificate (${error instanceof Error ? error.message : String(error)})`);
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function setup(reply?: Parameters<typeof startLocalSmtpServer>[0]) {
  const smtp = await startLocalSmtpServer(reply);
  const connector = new SmtpEmailConnector({
    host: '127.0.0.1',
    port: smtp.port,
    // The loopback test server speaks plain text only: TLS is turned off explicitly.
    requireTls: false,
    ignoreTls: true,
    from: '"Relay Support" <support@relay.example>',
    messageIdDomain: 'relay.example',
  });
  closers.push(() => connector.close(), () => smtp.close());
  return { smtp, connector };
}

describe('SmtpEmailConnector against a real SMTP server on loopback', () => {
  it.skipIf(selfSigned === null)('by default sends over STARTTLS to a server that offers it (self-signed, trusted as a private CA)', async () => {
    const smtp = await startLocalSmtpServer(undefined, selfSigned!);
    const connector = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, tlsCa: selfSigned!.cert, from: 'support@relay.example', messageIdDomain: 'relay.example' });
    closers.push(() => connector.close(), () => smtp.close());
    expect(await deliverMessage({ email: connector }, message(), noWait)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(smtp.secured()).toBe(1);
  });

  it('by default refuses a server that offers no TLS: nothing is sent in clear text', async () => {
    const smtp = await startLocalSmtpServer();
    const connector = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, from: 'support@relay.example', messageIdDomain: 'relay.example' });
    closers.push(() => connector.close(), () => smtp.close());
    const outcome = await deliverMessage({ email: connector }, message(), noWait);
    expect(outcome).toMatchObject({ status: 'failed', attempts: 1, reason: expect.stringMatching(/refused TLS \(STARTTLS\), so nothing was sent in clear text.*RELAY_SMTP_REQUIRE_TLS=0/) });
    expect(smtp.attempts()).toBe(0);
  });

  it('sends a threaded reply with the ticket reference, plain and HTML parts', async () => {
    const { smtp, connector } = await setup();
    const outcome = await deliverMessage({ email: connector }, message(), noWait);
    expect(outcome).toEqual({ status: 'sent', externalId: '<relay.0196b000-0000-7000-8000-0000000000aa@relay.example>', attempts: 1 });
    expect(smtp.received).toHaveLength(1);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(smtp.received[0]!.to).toEqual(['ada@customer.example']);
    expect(mail.subject).toBe('Re: [#1042] Pallet 3 of 5 missing');
    expect(mail.messageId).toBe('<relay.0196b000-0000-7000-8000-0000000000aa@relay.example>');
    expect(mail.inReplyTo).toBe('<cust-2@customer.example>');
    expect(mail.references).toEqual(['<cust-1@customer.example>', '<cust-2@customer.example>']);
    expect(mail.headers.get('x-relay-ticket')).toBe('0196b000-0000-7000-8000-0000000000bb');
    expect(mail.text?.trim()).toBe('Hello Ada,\nyour pallet <3> is on its way.\n\nKind regards');
    expect(mail.html).toContain('<p>Hello Ada,<br>\nyour pallet &lt;3&gt; is on its way.</p>');
  });

  it('a first message (nothing to reply to) has no threading headers and no "Re:"', async () => {
    const { smtp, connector } = await setup();
    await deliverMessage({ email: connector }, message({ inReplyTo: null, references: [], subject: 'Your shipment is delayed' }), noWait);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.subject).toBe('[#1042] Your shipment is delayed');
    expect(mail.inReplyTo).toBeUndefined();
    expect(mail.references).toBeUndefined();
  });

  it('retries a transient 451 and then delivers once', async () => {
    const { smtp, connector } = await setup((n) => (n === 1 ? { code: 451, message: 'try again later' } : null));
    const outcome = await deliverMessage({ email: connector }, message(), noWait);
    expect(outcome).toMatchObject({ status: 'sent', attempts: 2 });
    expect(smtp.received).toHaveLength(1);
  });

  it('a permanent 550 fails at once with the reason', async () => {
    const { smtp, connector } = await setup(() => ({ code: 550, message: 'mailbox unavailable' }));
    const outcome = await deliverMessage({ email: connector }, message(), noWait);
    expect(outcome.status).toBe('failed');
    expect(outcome.attempts).toBe(1);
    if (outcome.status === 'failed') expect(outcome.reason).toMatch(/550.*mailbox unavailable/);
    expect(smtp.received).toHaveLength(0);
  });

  it('gives up after the bounded number of transient failures', async () => {
    const { smtp, connector } = await setup(() => ({ code: 421, message: 'busy' }));
    const outcome = await deliverMessage({ email: connector }, message(), noWait);
    expect(outcome).toMatchObject({ status: 'failed', attempts: 3 });
    expect(smtp.attempts()).toBe(3);
  });

  it('a customer without an email address fails permanently without connecting', async () => {
    const { smtp, connector } = await setup();
    const outcome = await deliverMessage({ email: connector }, message({ to: { customerId: 'c', name: null, email: null, phone: null } }), noWait);
    expect(outcome).toEqual({ status: 'failed', reason: 'The customer has no email address.', attempts: 1 });
    expect(smtp.attempts()).toBe(0);
  });

  it('a channel without a connector fails with a clear reason', async () => {
    expect(await deliverMessage({}, message({ channel: 'sms' }), noWait)).toEqual({
      status: 'failed',
      reason: 'No outbound connector is configured for sms.',
      attempts: 0,
    });
  });
});
