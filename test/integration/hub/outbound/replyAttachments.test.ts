import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { signFileUrl, verifyFileUrl } from '../../../../src/hub/blobs/signFileUrl';
import { deliverMessage } from '../../../../src/hub/outbound/deliverMessage';
import { OutboundError } from '../../../../src/hub/outbound/OutboundError';
import type { OutboundFile, OutboundMessage } from '../../../../src/hub/outbound/OutboundMessage';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { WebhookConnector } from '../../../../src/hub/outbound/WebhookConnector';
import { startLocalSmtpServer } from './localSmtpServer';

const noWait = { attempts: 2, baseDelayMs: 1, maxDelayMs: 1, sleep: async () => {} };
const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 7)]);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const file = (name: string, contentType: string, bytes: Buffer | null): OutboundFile => ({
  name,
  contentType,
  size: bytes?.length ?? 0,
  storageKey: `up/0196b000-0000-7000-8000-0000000000${name.length}0/0123456789abcdef`,
  read: async () => {
    if (!bytes) throw new OutboundError(`Attachment "${name}" has not reached the hub yet.`, false);
    return bytes;
  },
});
const message = (over: Partial<OutboundMessage> = {}): OutboundMessage => ({
  messageId: '0196b000-0000-7000-8000-0000000000aa',
  ticketId: '0196b000-0000-7000-8000-0000000000bb',
  ticketNumber: 1042,
  channel: 'email',
  subject: 'Pallet 3 of 5 missing',
  body: 'Proof of delivery attached.\n\n-- \nAna Lopez',
  to: { customerId: 'c', name: 'Ada Lovelace', email: 'ada@customer.example', phone: null },
  inReplyTo: null,
  references: [],
  cc: ['ops@customer.example'],
  bcc: ['audit@relay.example'],
  attachments: [file('pod.pdf', 'application/pdf', pdf), file('damage.png', 'image/png', png)],
  ...over,
});

const closers: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

describe('reply files and copies on the email connector (real SMTP server on loopback)', () => {
  it('sends each file as a MIME part, CC in the header, BCC only in the envelope', async () => {
    const smtp = await startLocalSmtpServer();
    const connector = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, requireTls: false, ignoreTls: true, from: 'support@relay.example', messageIdDomain: 'relay.example' });
    closers.push(() => connector.close(), () => smtp.close());
    expect(await deliverMessage({ email: connector }, message(), noWait)).toMatchObject({ status: 'sent' });
    const [mail] = smtp.received;
    expect(mail!.to.sort()).toEqual(['ada@customer.example', 'audit@relay.example', 'ops@customer.example']);
    const parsed = await simpleParser(mail!.raw);
    expect(parsed.attachments.map((a) => [a.filename, a.contentType, a.content.equals(a.filename === 'pod.pdf' ? pdf : png)])).toEqual([
      ['pod.pdf', 'application/pdf', true],
      ['damage.png', 'image/png', true],
    ]);
    const cc = Array.isArray(parsed.cc) ? parsed.cc : parsed.cc ? [parsed.cc] : [];
    expect(cc.flatMap((a) => a.value.map((v) => v.address))).toEqual(['ops@customer.example']);
    expect(mail!.raw).not.toContain('audit@relay.example');
    expect(parsed.text).toContain('-- \nAna Lopez');
  });

  it('sends nothing while a file has not reached the hub, and says so', async () => {
    const smtp = await startLocalSmtpServer();
    const connector = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, requireTls: false, ignoreTls: true, from: 'support@relay.example', messageIdDomain: 'relay.example' });
    closers.push(() => connector.close(), () => smtp.close());
    const outcome = await deliverMessage({ email: connector }, message({ attachments: [file('late.pdf', 'application/pdf', null)] }), noWait);
    expect(outcome).toMatchObject({ status: 'failed', attempts: 2, reason: expect.stringContaining('has not reached the hub yet') });
    expect(smtp.attempts()).toBe(0);
  });
});

describe('reply files on the webhook connector', () => {
  it('links each file by a signed, expiring URL the hub can verify', async () => {
    const bodies: Array<{ attachments?: Array<{ name: string; url: string; size: number }> }> = [];
    const server: Server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      bodies.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"p-1"}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    closers.push(() => new Promise<void>((r) => server.close(() => r())));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
    const now = Date.UTC(2026, 11, 7);
    const secret = 'outbound-secret-0123456789';
    const connector = new WebhookConnector({ url, secret, fileUrl: (key) => signFileUrl('https://hub.example', secret, key, now) });
    expect(await deliverMessage({ chat: connector }, message({ channel: 'chat', cc: [], bcc: [] }), noWait)).toMatchObject({ status: 'sent' });
    const [link] = bodies[0]!.attachments!;
    expect(link).toMatchObject({ name: 'pod.pdf', size: pdf.length });
    const u = new URL(link!.url);
    const key = u.pathname.replace('/api/v1/files/', '');
    expect(verifyFileUrl(secret, key, Number(u.searchParams.get('expires')), u.searchParams.get('sig')!, now)).toBe(true);
    expect(verifyFileUrl(secret, key, Number(u.searchParams.get('expires')), u.searchParams.get('sig')!, now + 8 * 24 * 3600_000)).toBe(false);
    expect(verifyFileUrl('other-secret-0123456789', key, Number(u.searchParams.get('expires')), u.searchParams.get('sig')!, now)).toBe(false);

    const bare = new WebhookConnector({ url, secret });
    const refused = await deliverMessage({ chat: bare }, message({ channel: 'chat' }), noWait);
    expect(refused).toMatchObject({ status: 'failed', attempts: 1, reason: expect.stringContaining('RELAY_PUBLIC_URL') });
  });
});
