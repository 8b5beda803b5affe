import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { SmtpEmailConnector } from '../../../src/hub/outbound/SmtpEmailConnector';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { sendMessage } from '../../fixtures/desktop/sendMessage';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { startLocalSmtpServer } from '../hub/outbound/localSmtpServer';

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(20_000, 5)]);

describe('replies with files, copies, signature and mentions through the outbox', { timeout: 240_000 }, () => {
  const dir = tempDir('relay-replies-');
  let hub: RunningHub;
  let proxy: CuttableProxy;
  let smtp: Awaited<ReturnType<typeof startLocalSmtpServer>>;
  let priya: DesktopCore;
  let maya: DesktopCore;
  const online = async (core: DesktopCore) =>
    waitFor('sync to settle', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing && s.unsent === 0;
    }, 90_000);

  beforeAll(async () => {
    smtp = await startLocalSmtpServer();
    const email = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, requireTls: false, ignoreTls: true, from: 'support@relay.example', messageIdDomain: 'relay.example' });
    hub = await startHub({ dataDir: ':memory:', port: 0, seed: 'demo', rules: { connectors: { email }, sweepIntervalMs: 0 } });
    const port = Number(new URL(hub.url).port);
    proxy = await startCuttableProxy({ host: '127.0.0.1', port });
    const password = (who: string) => hub.demoCredentials.find((c) => c.email === `${who}@relay.example`)?.password ?? '';
    for (const who of ['priya', 'maya']) mkdirSync(dir.file(who), { recursive: true });
    priya = await createDesktopCore({ dbPath: dir.file('priya/replica.sqlite'), hubUrl: proxy.url, log: () => {} });
    maya = await createDesktopCore({ dbPath: dir.file('maya/replica.sqlite'), hubUrl: hub.url, log: () => {} });
    await call(priya, 'session.signIn', { email: 'priya@relay.example', password: password('priya') });
    await call(maya, 'session.signIn', { email: 'maya@relay.example', password: password('maya') });
    await online(priya);
    await online(maya);
  }, 240_000);
  afterAll(async () => {
    await priya?.close();
    await maya?.close();
    await proxy?.close();
    await hub?.close();
    await smtp?.close();
  });

  it('an offline email reply keeps its file beside the replica and sends it, CC and signature once online', async () => {
    const me = (await call(priya, 'session.get', {})).agent!;
    await call(priya, 'agent.setSignature', { agentId: me.id, signature: 'Priya Nair\n**Parcel Support**' });
    await online(priya);
    const ticket = (await call(priya, 'tickets.list', { view: 'team', channel: ['email'], status: ['new', 'open', 'pending'] }))[0]!;

    await proxy.cut();
    const staged = await call(priya, 'attachments.stage', { ticketId: ticket.id, name: 'POD 1042.pdf', contentType: 'application/pdf', dataBase64: pdf.toString('base64') });
    expect(staged.warning).toBeNull();
    const filesDir = join(dir.file('priya'), 'outbox-files');
    expect(readdirSync(filesDir)).toHaveLength(1);
    const { messageId } = await sendMessage(priya, {
      ticketId: ticket.id,
      kind: 'reply',
      channel: 'email',
      body: 'Proof of delivery attached.',
      cc: ['ops@customer.example'],
      attachments: [staged.attachment],
      signatureOf: me.id,
    });
    const local = (await call(priya, 'tickets.get', { id: ticket.id }))!.messages.find((m) => m.id === messageId)!;
    expect(local).toMatchObject({ pending: true, cc: ['ops@customer.example'], attachments: [{ name: 'POD 1042.pdf' }] });
    expect(local.body).toContain('-- \nPriya Nair');

    await proxy.restore();
    await online(priya);
    const mail = await waitFor('the reply at the SMTP server', async () => smtp.received.find((m) => m.raw.includes(messageId)), 60_000);
    const parsed = await simpleParser(mail.raw);
    expect(parsed.attachments.map((a) => [a.filename, a.content.equals(pdf)])).toEqual([['POD 1042.pdf', true]]);
    expect(mail.to).toContain('ops@customer.example');
    expect(parsed.text).toContain('**Parcel Support**');
    expect(existsSync(join(filesDir, staged.attachment.storageKey.replaceAll('/', '_')))).toBe(false);
  });

  it('warns about a program, and refuses a file over 25 MB at staging', async () => {
    const ticket = (await call(priya, 'tickets.list', { view: 'team' }))[0]!;
    const exe = await call(priya, 'attachments.stage', { ticketId: ticket.id, name: 'label.pdf', contentType: 'application/pdf', dataBase64: Buffer.from('MZ\x90\x00rest').toString('base64') });
    expect(exe.warning).toBe('executable');
    const big = await priya.invoke('attachments.stage', { ticketId: ticket.id, name: 'scan.tiff', contentType: 'image/tiff', dataBase64: Buffer.alloc(26 * 1024 * 1024).toString('base64') });
    expect(big).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a note mentioning a colleague puts the ticket in their Mentions view', async () => {
    const mayaAgent = (await call(maya, 'session.get', {})).agent!;
    const ticket = (await call(priya, 'tickets.list', { view: 'team' }))[1]!;
    await sendMessage(priya, { ticketId: ticket.id, kind: 'note', body: `@${mayaAgent.name} can you call the depot?`, mentions: [mayaAgent.id] });
    await online(priya);
    const mentioned = await waitFor('the ticket in Maya\'s Mentions view', async () => {
      const list = await call(maya, 'tickets.list', { view: 'mentions' });
      return list.some((t) => t.id === ticket.id) ? list : undefined;
    }, 60_000);
    expect(mentioned.map((t) => t.id)).toEqual([ticket.id]);
    expect((await call(maya, 'tickets.counts', {})).views.mentions).toBe(1);
    expect(await call(priya, 'tickets.list', { view: 'mentions' })).toEqual([]);
  });
});
