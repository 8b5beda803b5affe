import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type AutomationRow, type CustomerRow, type MessageRow, type ShipmentRow, type TicketRow } from '../../../../src/core';
import { signOutboundWebhook } from '../../../../src/hub/outbound/signOutboundWebhook';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { startRolesKit, type RoleSession, type RolesKit } from '../roles/rolesKit';
import { startConnectorPeer } from './connectorPeer';

// The demo seed's "Delivery reschedule answered → tell the customer" automation, on a real hub with
// rules, a real local carrier connector and its signed callback: the customer hears the outcome on the ticket.
const SECRET = 'carrier-connector-secret-0002';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let kit: RolesKit;
let priya: RoleSession;
let adminToken: string;
let peer: Awaited<ReturnType<typeof startConnectorPeer>>;
let ticket: TicketRow;
let shipment: ShipmentRow;

async function thread(): Promise<MessageRow[]> {
  return ((await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'messages')) as MessageRow[]).filter((m) => m.ticketId === ticket.id);
}

/** The outbound message on the ticket containing `text`, once it is there. */
async function toldWith(text: string): Promise<MessageRow> {
  const found = await waitFor(async () => (await thread()).find((m) => m.direction === 'outbound' && m.body.includes(text)), `the customer message "${text}"`);
  if (!found) throw new Error(`no message "${text}"`);
  return found;
}

async function askAndAnswer(details: unknown, answer: Record<string, unknown>): Promise<string> {
  const id = uuidv7();
  const result = await kit.hub.mutate('priya@relay.example', 'shipmentAction.request', { id, shipmentId: shipment.id, ticketId: ticket.id, action: { kind: 'reschedule', details } });
  expect(result.status, JSON.stringify(result)).toBe('applied');
  await waitFor(() => peer.received.find((r) => r.body.actionId === id), 'the connector to receive the request');
  const url = `${kit.hub.url}/api/v1/connectors/${encodeURIComponent(shipment.carrier)}/callback`;
  const body = JSON.stringify({ actionId: id, ...answer });
  const ts = Math.floor(Date.now() / 1000);
  const deliveryId = uuidv7();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-relay-timestamp': String(ts), 'x-relay-delivery': deliveryId, 'x-relay-signature': signOutboundWebhook(SECRET, url, deliveryId, ts, body) },
    body,
  });
  expect(res.status).toBe(200);
  await kit.hub.rules!.idle();
  return id;
}

beforeAll(async () => {
  kit = await startRolesKit('pglite', { rules: { connectors: {}, sweepIntervalMs: 0 }, shipmentActions: { retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 5 } } });
  priya = await kit.session('priya@relay.example');
  adminToken = (await kit.session('maya@relay.example')).token;
  peer = await startConnectorPeer(SECRET);
  const shipments = (await kit.snapshotAll(priya, 'tenant', 'shipments')) as ShipmentRow[];
  const customers = (await kit.snapshotAll(priya, 'tenant', 'customers')) as CustomerRow[];
  const tickets = (await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'tickets')) as TicketRow[];
  const emailable = (id: string) => customers.some((c) => c.id === id && c.email && c.preferences.optIns.email && !c.preferences.quietHours);
  const pair = tickets
    .map((t) => ({ t, s: shipments.find((s) => s.id === t.shipmentId && s.status === 'in_transit' && s.customerId === t.customerId && emailable(s.customerId)) }))
    .find((p) => p.s !== undefined && p.t.mergedIntoId === null);
  if (!pair?.s) throw new Error('demo data needs a team A ticket linked to a shipment in transit of an emailable customer');
  ticket = pair.t;
  shipment = pair.s;
  const saved = await kit.http('PUT', `/api/v1/admin/connectors/${encodeURIComponent(shipment.carrier)}`, adminToken, { url: peer.url, secret: SECRET });
  expect(saved.status).toBe(200);
}, 120_000);
afterAll(async () => {
  await peer?.close();
  await kit?.close();
});

describe('a settled shipment action tells the customer with a macro', () => {
  it('queues the "rescheduled" macro on the ticket, rendered with the new date and window, once', async () => {
    const before = (await thread()).length;
    const date = day(4);
    const id = await askAndAnswer({ date, windowFrom: '13:00', windowTo: '17:00' }, { status: 'accepted', reference: 'RS-42' });
    const told = await toldWith("We've rescheduled your delivery");
    const spelled = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${date}T12:00:00Z`));
    expect(told.body).toContain(`${shipment.trackingNumber} on`);
    expect(told.body).toContain('13:00–17:00');
    expect(told.body).not.toContain('{{');
    expect(told.authorId).toBeNull();
    // The date is the customer's language's long form of the booked day (no time, no zone shift).
    expect(told.body.replace(/\s/g, ' ')).toMatch(new RegExp(spelled.split(' ').at(-1)!));
    expect((await thread()).length).toBe(before + 1);
    // A repeated callback settles nothing new and tells nobody twice.
    const url = `${kit.hub.url}/api/v1/connectors/${encodeURIComponent(shipment.carrier)}/callback`;
    const body = JSON.stringify({ actionId: id, status: 'accepted' });
    const ts = Math.floor(Date.now() / 1000);
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-relay-timestamp': String(ts), 'x-relay-delivery': 'again', 'x-relay-signature': signOutboundWebhook(SECRET, url, 'again', ts, body) }, body });
    await kit.hub.rules!.idle();
    expect((await thread()).length).toBe(before + 1);
  });

  it('tells a refusal with the carrier\'s reason, and nothing once the automation is disabled', async () => {
    await askAndAnswer({ date: day(5), windowFrom: '09:00', windowTo: '12:00' }, { status: 'refused', reason: 'the parcel is already out for delivery' });
    const told = await toldWith("We couldn't change your delivery");
    expect(told.body).toContain(': the parcel is already out for delivery.');

    const automations = (await kit.snapshotAll(priya, 'tenant', 'automations')) as AutomationRow[];
    const automation = automations.find((a) => a.trigger === 'shipment_action.settled');
    expect(automation?.enabled).toBe(true);
    // A config that names no macro would tell nobody: refused with the reason.
    const bad = await kit.http('PATCH', `/api/v1/admin/automations/${automation!.id}`, adminToken, { config: { outcomes: {} } });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toMatch(/name a macro for at least one outcome/);
    const off = await kit.http('PATCH', `/api/v1/admin/automations/${automation!.id}`, adminToken, { enabled: false });
    expect(off.status, JSON.stringify(off.body)).toBe(200);
    const before = (await thread()).length;
    await askAndAnswer({ date: day(6), windowFrom: '09:00', windowTo: '12:00' }, { status: 'accepted' });
    expect((await thread()).length).toBe(before);
  });
});
