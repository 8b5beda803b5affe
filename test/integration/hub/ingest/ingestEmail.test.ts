import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import type { RunningHub } from '../../../../src/hub/startHub';
import { call } from '../../../fixtures/desktop/coreCalls';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';
import { hubLogin } from '../../../fixtures/hub/hubLogin';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { hubReader } from '../../../fixtures/ingest/hubReader';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, startIngestHub, TEST_WEBHOOK_SECRET } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';

const sample = (name: string): Buffer => readFileSync(new URL(`../../../fixtures/ingest/${name}`, import.meta.url));
const RFC822 = { contentType: 'message/rfc822' };

interface Stored {
  ticketId: string;
  ticketNumber: number;
  messageId: string;
  createdTicket: boolean;
  threadedBy: string;
  attachments: number;
  rejectedAttachments: { filename: string }[];
}

const backends = [
  { name: 'PGlite', skip: null as string | null },
  { name: 'PostgreSQL', skip: process.env.DATABASE_URL ? null : 'DATABASE_URL is not set, so there is no PostgreSQL to run the hub on' },
];

for (const backend of backends) {
  if (backend.skip) console.info(`[ingest email] skipping the ${backend.name} run: ${backend.skip}`);

  describe.skipIf(backend.skip !== null)(`ingest: email webhooks end to end on ${backend.name}`, { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
    const dir = tempDir('relay-ingest-email-');
    let hub: RunningHub;
    let core: DesktopCore;
    let client: ReturnType<typeof webhookClient>;
    let first: Stored;
    let dropDatabase = async (): Promise<void> => {};

    beforeAll(async () => {
      if (backend.name === 'PostgreSQL') {
        const db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_ingest');
        dropDatabase = db.drop;
        hub = await startIngestHub({ databaseUrl: db.url });
      } else hub = await startIngestHub();
      client = webhookClient(hub.url, TEST_WEBHOOK_SECRET);
      core = await createDesktopCore({ dbPath: dir.file('admin.sqlite'), hubUrl: hub.url, log: () => {} });
      const maya = hub.demoCredentials.find((c) => c.email === 'maya@relay.example');
      await call(core, 'session.signIn', { email: 'maya@relay.example', password: maya?.password ?? '' });
      // Deliveries below must reach the replica live, not through its first snapshot.
      await waitFor('the first sync', async () => {
        const status = await call(core, 'sync.status', {});
        return status.connection === 'online' && !status.syncing;
      }, 60_000);
    }, HUB_START_TIMEOUT_MS);
    afterAll(async () => {
      await core?.close();
      await hub?.close();
      await dropDatabase();
      dir.remove();
    });

    it('creates a ticket and message from a new email that a connected desktop replica receives live', async () => {
      first = (await client.deliver('email', sample('multipart-alternative.eml'), RFC822)) as unknown as Stored;
      expect(first).toMatchObject({ createdTicket: true, threadedBy: 'new', attachments: 0 });
      expect(first.ticketNumber).toBeGreaterThan(0);
      const detail = await waitFor('the ticket and its message on the desktop replica', async () => {
        const found = await call(core, 'tickets.get', { id: first.ticketId });
        return found && found.messages.length > 0 ? found : undefined;
      }, 60_000);
      expect(detail.ticket).toMatchObject({ subject: 'Where is my pallet?', channel: 'email', status: 'new' });
      expect(detail.messages.map((m) => m.body)).toEqual(['Hello, our pallet for order SO-1001 has not arrived.']);

      const reader = await hubReader(hub);
      try {
        const message = (await reader.teamRows('messages')).find((m) => m.id === first.messageId);
        expect(message).toMatchObject({ direction: 'inbound', externalId: 'alt-1@northwind-retail.example', subject: 'Where is my pallet?', authorId: null });
        const html = String(message?.htmlBody);
        expect(html).not.toMatch(/<script|onerror|onclick|<iframe|javascript:/i);
        expect(html).toContain('data-remote-src="https://tracker.example/pixel.gif"');
        // Unknown sender on a company domain: a B2B customer named after the domain, with the sender as contact.
        const contact = (await reader.rows('tenant', 'contacts')).find((c) => c.email === 'ana.ruiz@northwind-retail.example');
        const customer = (await reader.rows('tenant', 'customers')).find((c) => c.id === contact?.customerId);
        expect(contact).toMatchObject({ name: 'Ana Ruiz' });
        expect(customer).toMatchObject({ name: 'northwind-retail.example', kind: 'b2b' });
      } finally {
        reader.close();
      }
      // Written by the one commit function as the core mutation message.receive, audited as system:ingest.
      const password = hub.demoCredentials.find((c) => c.email === 'maya@relay.example')?.password ?? '';
      const { token } = await hubLogin(hub.url, 'maya@relay.example', password);
      const res = await fetch(`${hub.url}/api/v1/admin/audit-log?limit=500`, { headers: { authorization: `Bearer ${token}` } });
      const { entries } = (await res.json()) as { entries: { action: string; actorId: string | null; detail: { rows?: string[] } }[] };
      const received = entries.find((e) => e.action === 'message.receive' && e.detail.rows?.includes(`messages:${first.messageId}`));
      expect(received).toMatchObject({ actorId: null, detail: { actor: 'system:ingest', mutation: 'message.receive' } });
    });

    it('threads a reply by In-Reply-To and reopens nothing it should not', async () => {
      const reply = Buffer.from(
        [
          'From: Ana Ruiz <ana.ruiz@northwind-retail.example>',
          'To: support@relay.example',
          'Subject: Re: Where is my pallet?',
          'Message-ID: <reply-1@northwind-retail.example>',
          'In-Reply-To: <alt-1@northwind-retail.example>',
          'References: <alt-1@northwind-retail.example>',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'Any news?',
          '',
        ].join('\r\n'),
      );
      const stored = (await client.deliver('email', reply, RFC822)) as unknown as Stored;
      expect(stored).toMatchObject({ ticketId: first.ticketId, threadedBy: 'reply', createdTicket: false });
      await waitFor('the reply on the desktop', async () => ((await call(core, 'tickets.get', { id: first.ticketId }))?.messages.length === 2 ? true : undefined), 60_000);
    });

    it('threads by the ticket number in the subject and keeps attachments under the limit', async () => {
      const raw = Buffer.from(sample('attachment.eml').toString('latin1').replace('[#1042]', `[#${first.ticketNumber}]`), 'latin1');
      const stored = (await client.deliver('email', raw, RFC822)) as unknown as Stored;
      expect(stored).toMatchObject({ ticketId: first.ticketId, threadedBy: 'subject', attachments: 1 });
      expect(stored.rejectedAttachments.map((r) => r.filename)).toEqual(['scan.tiff']);
      // Ticket numbers are guessable: a stranger quoting one does not get into that ticket.
      const stranger = Buffer.from(`From: mallory@elsewhere.example\r\nSubject: Re: [#${first.ticketNumber}] hi\r\nMessage-ID: <m-1@elsewhere.example>\r\n\r\nlet me in\r\n`);
      const outsider = (await client.deliver('email', stranger, RFC822)) as unknown as Stored;
      expect(outsider).toMatchObject({ createdTicket: true, threadedBy: 'new' });
      expect(outsider.ticketId).not.toBe(first.ticketId);
      const reader = await hubReader(hub);
      try {
        const message = (await reader.teamRows('messages')).find((m) => m.id === stored.messageId);
        expect(message?.attachments).toEqual([{ name: 'pod.pdf', contentType: 'application/pdf', size: expect.any(Number), storageKey: expect.stringMatching(/^att\//) }]);
        expect(String(message?.body)).toContain('attachment "scan.tiff" (3000 bytes) not kept');

        // The bytes: for agents who may see the ticket (admin here), 404 for another team's agent.
        const key = (message?.attachments as { storageKey: string }[])[0]?.storageKey ?? '';
        const fetchAs = async (email: string | null) => {
          const password = hub.demoCredentials.find((c) => c.email === email)?.password ?? '';
          const token = email ? (await hubLogin(hub.url, email, password)).token : null;
          return fetch(`${hub.url}/api/v1/attachments/${key}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
        };
        const asAdmin = await fetchAs('maya@relay.example');
        expect(asAdmin.status).toBe(200);
        expect(asAdmin.headers.get('content-type')).toBe('application/pdf');
        expect(asAdmin.headers.get('content-disposition')).toContain("filename*=UTF-8''pod.pdf");
        expect(Buffer.from(await asAdmin.arrayBuffer()).subarray(0, 8).toString()).toBe('%PDF-1.4');
        const ticketTeam = (await reader.teamRows('tickets')).find((t) => t.id === stored.ticketId)?.teamId;
        const agents = await reader.rows('tenant', 'agents');
        const outsider = hub.demoCredentials.find((c) => c.role === 'agent' && agents.find((a) => a.email === c.email)?.teamId !== ticketTeam);
        expect((await fetchAs(outsider?.email ?? null)).status).toBe(404);
        expect((await fetchAs(null)).status).toBe(401);
      } finally {
        reader.close();
      }
    });

    it('decodes non-UTF-8 mail and files consumer senders as B2C customers', async () => {
      const latin = (await client.deliver('email', sample('iso-8859-1.eml'), RFC822)) as unknown as Stored;
      const cp1252 = (await client.deliver('email', sample('windows-1252.eml'), RFC822)) as unknown as Stored;
      const sjis = (await client.deliver('email', sample('shift_jis.eml'), RFC822)) as unknown as Stored;
      const gmail = (await client.deliver('email', sample('html-only.eml'), RFC822)) as unknown as Stored;
      for (const s of [latin, cp1252, sjis, gmail]) expect(s.createdTicket).toBe(true);
      const reader = await hubReader(hub);
      try {
        const tickets = await reader.teamRows('tickets');
        const messages = await reader.teamRows('messages');
        const bodyOf = (s: Stored) => messages.find((m) => m.id === s.messageId)?.body;
        expect(tickets.find((t) => t.id === latin.ticketId)?.subject).toBe('Livraison retardée');
        expect(bodyOf(latin)).toContain('la livraison est retardée');
        expect(bodyOf(cp1252)).toBe('The “express” surcharge was €25 – why?');
        expect(tickets.find((t) => t.id === sjis.ticketId)?.subject).toBe('配送について');
        expect(bodyOf(gmail)).toContain('My parcel arrived damaged.');
        const customers = await reader.rows('tenant', 'customers');
        const ben = customers.find((c) => c.email === 'ben.okafor@gmail.com');
        expect(ben).toMatchObject({ kind: 'b2c', name: 'Ben Okafor' });
      } finally {
        reader.close();
      }
      // A closed ticket is never reopened by mail: a reply to it starts a new ticket.
      const closed = await hub.mutate('maya@relay.example', 'ticket.update', { id: gmail.ticketId, status: 'closed' });
      expect(closed.status).toBe('applied');
      const followUp = Buffer.from(
        `From: ben.okafor@gmail.com\r\nSubject: Re: Parcel damaged\r\nMessage-ID: <html-2@mail.gmail.com>\r\nIn-Reply-To: <html-1@mail.gmail.com>\r\n\r\nStill waiting\r\n`,
      );
      const again = (await client.deliver('email', followUp, RFC822)) as unknown as Stored;
      expect(again.createdTicket).toBe(true);
      expect(again.ticketId).not.toBe(gmail.ticketId);
    });
  });
}
