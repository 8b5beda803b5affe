import { createHash } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type HelloResponse, type SnapshotResponse, type TicketRow } from '../../../../src/core';
import type { BlobStore } from '../../../../src/hub/blobs/BlobStore';
import { S3BlobStore } from '../../../../src/hub/blobs/S3BlobStore';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { connectSocket } from '../../../fixtures/hub/connectSocket';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { socketRequestOk } from '../../../fixtures/hub/socketRequest';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { s3rverSkipReason, startS3rver } from '../../../fixtures/hub/startS3rver';
import { startLocalSmtpServer } from '../outbound/localSmtpServer';

const stores = [
  { name: 'PostgreSQL (PGlite)', skip: null as string | null },
  { name: 'S3 (s3rver)', skip: s3rverSkipReason },
];

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(40_000, 9)]);
const keyOf = (bytes: Buffer) => `up/${uuidv7()}/${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}`;

for (const store of stores) {
  if (store.skip) console.info(`[reply uploads] skipping the ${store.name} run: ${store.skip}`);

  describe.skipIf(store.skip !== null)(`reply uploads through the hub on ${store.name}`, { timeout: 120_000 }, () => {
    let hub: RunningHub;
    let smtp: Awaited<ReturnType<typeof startLocalSmtpServer>>;
    let closeS3 = async (): Promise<void> => {};
    let ticket: TicketRow;
    const tokens: Record<string, string> = {};

    beforeAll(async () => {
      let blobStore: BlobStore | undefined;
      if (store.name.startsWith('S3')) {
        const s3 = await startS3rver('relay-hub');
        const s3Store = new S3BlobStore({ bucket: 'relay-hub', endpoint: s3.endpoint, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
        blobStore = s3Store;
        closeS3 = async () => {
          s3Store.close();
          await s3.close();
        };
      }
      smtp = await startLocalSmtpServer();
      const email = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, requireTls: false, ignoreTls: true, from: 'support@relay.example', messageIdDomain: 'relay.example' });
      hub = await startHub({ dataDir: ':memory:', port: 0, seed: 'demo', rules: { connectors: { email }, sweepIntervalMs: 0 }, ...(blobStore ? { blobStore } : {}) });
      for (const who of ['priya', 'tom']) tokens[who] = (await hubLogin(hub.url, `${who}@relay.example`, `demo-${who}`)).token;
      const socket = await connectSocket(hub.url, { token: tokens.priya! });
      await socketRequestOk<HelloResponse>(socket, 'hello', { protocol: 1, clientId: uuidv7(), cursors: {} });
      const priya = await hubLogin(hub.url, 'priya@relay.example', 'demo-priya');
      const page = await socketRequestOk<SnapshotResponse>(socket, 'snapshot', { scope: teamScope(priya.agent.teamId), entity: 'tickets', afterId: null, limit: 50 });
      ticket = page.rows.find((r) => r.status !== 'closed' && r.channel === 'email') as TicketRow;
      socket.close();
    }, 180_000);
    afterAll(async () => {
      await hub?.close();
      await smtp?.close();
      await closeS3();
    });

    const put = (who: string, key: string, bytes: Buffer, query: Record<string, string> = {}) =>
      fetch(`${hub.url}/api/v1/uploads/${key}?${new URLSearchParams({ ticketId: ticket.id, name: 'POD 1042.pdf', ...query })}`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${tokens[who] ?? ""}`, "content-type": "application/pdf" },
        body: new Uint8Array(bytes),
      });

    it('refuses a file over 25 MB with 413 and a reason an agent understands', async () => {
      const big = Buffer.alloc(26 * 1024 * 1024, 1);
      const res = await put('priya', keyOf(big), big);
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/This file is 26\.0 MB; larger than the 25\.0 MB limit/);
    });

    it('keeps uploads to tickets the agent may see, with bytes that match the key', async () => {
      const key = keyOf(pdf);
      expect((await put('tom', key, pdf)).status).toBe(404);
      expect((await put('priya', key.replace(/[0-9a-f]{16}$/, '0000000000000000'), pdf)).status).toBe(400);
      expect((await put('priya', key, pdf)).status).toBe(201);
      expect((await put('priya', key, pdf)).status).toBe(200);
      const other = Buffer.from('%PDF-other');
      const clash = await fetch(`${hub.url}/api/v1/uploads/${key}?ticketId=${ticket.id}&name=x.pdf`, { method: 'PUT', headers: { authorization: `Bearer ${tokens.priya}` }, body: new Uint8Array(other) });
      expect(clash.status).toBe(400);
    });

    it('sends an email reply with the uploaded file as a MIME part and serves it to the team', async () => {
      const key = keyOf(pdf);
      expect((await put('priya', key, pdf)).status).toBe(201);
      const id = uuidv7();
      const result = await hub.mutate('priya@relay.example', 'message.send', {
        id,
        ticketId: ticket.id,
        kind: 'reply',
        channel: 'email',
        body: 'Proof of delivery attached.',
        cc: ['ops@customer.example'],
        attachments: [{ name: 'POD 1042.pdf', contentType: 'application/pdf', size: pdf.length, storageKey: key }],
      });
      expect(result).toMatchObject({ status: 'applied' });
      const mail = await waitFor(() => smtp.received.find((m) => m.raw.includes(id)), 'the reply reaching the SMTP server', 60_000);
      const parsed = await simpleParser(mail.raw);
      expect(parsed.attachments.map((a) => [a.filename, a.content.equals(pdf)])).toEqual([['POD 1042.pdf', true]]);
      expect(mail.to).toContain('ops@customer.example');
      const download = (who: string) => fetch(`${hub.url}/api/v1/attachments/${key}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
      const mine = await download('priya');
      expect(mine.status).toBe(200);
      expect(Buffer.from(await mine.arrayBuffer()).equals(pdf)).toBe(true);
      expect((await download('tom')).status).toBe(404);
    });
  });
}
