/**
 * Routing on arrival through real ingest: the demo's routing rules (automation rows) pick the
 * team of a new ticket from its first message; a rule with auto-assign hands it to an agent of
 * that team who is online (has a live sync socket), never to one who is not.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHub } from '../../../src/hub/startHub';
import { connectSocket } from '../../fixtures/hub/connectSocket';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { hubReader } from '../../fixtures/ingest/hubReader';
import { HUB_START_TIMEOUT_MS, SLOW_TEST_TIMEOUT_MS, startIngestHub, TEST_WEBHOOK_SECRET } from '../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../fixtures/ingest/webhookClient';

const chat = (messageId: string, email: string, text: string) =>
  JSON.stringify({ messageId, conversationId: `conv-${messageId}`, sentAt: Date.now(), visitor: { name: 'New Visitor', email }, text });

describe('routing rules pick the team of a new inbound ticket', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  let hub: RunningHub;
  let client: ReturnType<typeof webhookClient>;
  let reader: Awaited<ReturnType<typeof hubReader>>;
  let lena: { id: string; teamId: string };
  let freightId = '';
  let lenaSocket: Socket | undefined;
  let lenaToken = '';

  const ticketOf = async (ticketId: string) => (await reader.teamRows('tickets')).find((t) => t.id === ticketId);

  beforeAll(async () => {
    hub = await startIngestHub();
    client = webhookClient(hub.url, TEST_WEBHOOK_SECRET);
    reader = await hubReader(hub);
    const login = await hubLogin(hub.url, 'lena@relay.example', 'demo-lena');
    lena = login.agent;
    lenaToken = login.token;
    freightId = (await hubLogin(hub.url, 'tom@relay.example', 'demo-tom')).agent.teamId;
  }, HUB_START_TIMEOUT_MS);
  afterAll(async () => {
    lenaSocket?.close();
    reader?.close();
    await hub?.close();
  });

  it('with nobody of Customs online, "Zoll" goes to Customs & Compliance unassigned; without a matching rule it goes where it always did', async () => {
    const customs = await client.deliver('chat', chat('route-1', 'hans@example.de', 'Die Sendung hängt beim Zoll fest.'));
    expect(await ticketOf(String(customs.ticketId))).toMatchObject({ teamId: lena.teamId, assigneeId: null });

    const plain = await client.deliver('chat', chat('route-2', 'someone@example.org', 'Hi, where is my parcel JD0001?'));
    const ticket = await ticketOf(String(plain.ticketId));
    expect(ticket?.teamId).not.toBe(lena.teamId);
    expect(ticket?.assigneeId).toBeNull();
  });

  it('"douane" goes to Customs & Compliance and to its online lead; pallets go to the Freight Desk unassigned', async () => {
    lenaSocket = await connectSocket(hub.url, { token: lenaToken });
    const customs = await client.deliver('chat', chat('route-3', 'claire@example.fr', 'Bonjour, mon colis est bloqué à la douane depuis lundi.'));
    // Yuki (Customs) has no socket: only Lena, online, is a candidate.
    expect(await ticketOf(String(customs.ticketId))).toMatchObject({ teamId: lena.teamId, assigneeId: lena.id });

    const pallets = await client.deliver('chat', chat('route-4', 'ops@example.org', 'Two pallets are missing from our delivery'));
    expect(await ticketOf(String(pallets.ticketId))).toMatchObject({ teamId: freightId, assigneeId: null });
  });

  it('an admin cannot save a routing rule or cap the router could not read', async () => {
    const maya = await hubLogin(hub.url, 'maya@relay.example', 'demo-maya');
    const post = (body: object) =>
      fetch(`${hub.url}/api/v1/admin/automations`, { method: 'POST', headers: { authorization: `Bearer ${maya.token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const bad = await post({ name: 'Fax → Customs', trigger: 'ticket.routing', enabled: true, config: { conditions: { channels: ['fax'] }, teamId: lena.teamId } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/Invalid routing setting: .*channels/);
    expect((await post({ name: 'Cap', trigger: 'routing.open_ticket_cap', enabled: true, config: { cap: 0 } })).status).toBe(400);
    const good = await post({ name: 'Spanish → Customs', trigger: 'ticket.routing', enabled: true, config: { position: 40, conditions: { languages: ['es'] }, teamId: lena.teamId } });
    expect(good.status).toBe(201);
    const spanish = await client.deliver('chat', chat('route-5', 'lucia@example.es', 'Hola, mi pedido no ha llegado todavía. ¿Dónde está?'));
    expect(await ticketOf(String(spanish.ticketId))).toMatchObject({ teamId: lena.teamId });
  });
});
