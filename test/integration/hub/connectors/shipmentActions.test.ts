import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, uuidv7, type MutationResult, type ShipmentActionRow, type ShipmentRow, type TicketRow } from '../../../../src/core';
import { signOutboundWebhook } from '../../../../src/hub/outbound/signOutboundWebhook';
import { waitFor } from '../../../fixtures/hub/waitFor';
import { startRolesKit, type RoleSession, type RolesKit } from '../roles/rolesKit';
import { startConnectorPeer, type PeerRequest } from './connectorPeer';

const SECRET = 'carrier-connector-secret-0001';
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

let kit: RolesKit;
let priya: RoleSession;
let adminToken: string;
let peer: Awaited<ReturnType<typeof startConnectorPeer>>;
let ticket: TicketRow;
let shipment: ShipmentRow;

async function actionRow(id: string): Promise<ShipmentActionRow | undefined> {
  return ((await kit.snapshotAll(priya, 'tenant', 'shipment_actions')) as ShipmentActionRow[]).find((a) => a.id === id);
}

async function waitForState(id: string, states: ShipmentActionRow['state'][]): Promise<ShipmentActionRow> {
  return waitFor(async () => {
    const row = await actionRow(id);
    return row && states.includes(row.state) ? row : undefined;
  }, `action ${id} to be ${states.join('/')}`) as unknown as Promise<ShipmentActionRow>;
}

async function request(action: unknown): Promise<string> {
  const id = uuidv7();
  const result: MutationResult = await kit.hub.mutate('priya@relay.example', 'shipmentAction.request', { id, shipmentId: shipment.id, ticketId: ticket.id, action });
  expect(result.status, JSON.stringify(result)).toBe('applied');
  return id;
}

async function callback(carrier: string, payload: unknown, opts: { secret?: string; deliveryId?: string; signature?: string } = {}) {
  const url = `${kit.hub.url}/api/v1/connectors/${encodeURIComponent(carrier)}/callback`;
  const body = JSON.stringify(payload);
  const ts = Math.floor(Date.now() / 1000);
  const deliveryId = opts.deliveryId ?? uuidv7();
  const signature = opts.signature ?? signOutboundWebhook(opts.secret ?? SECRET, url, deliveryId, ts, body);
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-relay-timestamp': String(ts), 'x-relay-delivery': deliveryId, 'x-relay-signature': signature }, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, signature };
}

function sentFor(id: string): Promise<PeerRequest> {
  return waitFor(() => peer.received.find((r) => r.body.actionId === id), `the connector to receive ${id}`);
}

beforeAll(async () => {
  kit = await startRolesKit('pglite', { shipmentActions: { retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 5 } } });
  priya = await kit.session('priya@relay.example');
  adminToken = (await kit.session('maya@relay.example')).token;
  peer = await startConnectorPeer(SECRET);
  const shipments = (await kit.snapshotAll(priya, 'tenant', 'shipments')) as ShipmentRow[];
  const tickets = (await kit.snapshotAll(priya, teamScope(priya.agent.teamId), 'tickets')) as TicketRow[];
  const pair = tickets
    .map((t) => ({ t, s: shipments.find((s) => s.id === t.shipmentId && s.status === 'in_transit' && s.customerId === t.customerId) }))
    .find((p) => p.s !== undefined);
  if (!pair?.s) throw new Error('demo data needs a team A ticket linked to a shipment in transit');
  ticket = pair.t;
  shipment = pair.s;
}, 120_000);
afterAll(async () => {
  await peer?.close();
  await kit?.close();
});

describe('shipment actions through a carrier connector (real local HTTP peer)', () => {
  it('holds an action as waiting without a connector, then sends it signed once an admin configures one', async () => {
    const id = await request({ kind: 'reschedule', details: { date: day(3), windowFrom: '09:00', windowTo: '12:00' } });
    const waiting = await waitForState(id, ['waiting']);
    expect(waiting.reason).toMatch(new RegExp(`No connector for ${shipment.carrier}`));
    expect(peer.received).toHaveLength(0);

    const forbidden = await kit.http('PUT', `/api/v1/admin/connectors/${encodeURIComponent(shipment.carrier)}`, priya.token, { url: peer.url, secret: SECRET });
    expect(forbidden.status).toBe(403);
    const bad = await kit.http('PUT', `/api/v1/admin/connectors/${encodeURIComponent(shipment.carrier)}`, adminToken, { url: 'ftp://x', secret: 'short' });
    expect(bad.status).toBe(400);
    const saved = await kit.http('PUT', `/api/v1/admin/connectors/${encodeURIComponent(shipment.carrier)}`, adminToken, { url: peer.url, secret: SECRET });
    expect(saved.status).toBe(200);
    const listed = await kit.http('GET', '/api/v1/admin/connectors', adminToken);
    expect(JSON.stringify(listed.body)).toContain(peer.url);
    expect(JSON.stringify(listed.body)).not.toContain(SECRET);

    const sent = await sentFor(id);
    expect(sent.signed).toBe(true);
    expect(sent.path).toBe('/tms/actions');
    expect(sent.body).toMatchObject({ kind: 'reschedule', details: { date: day(3), windowFrom: '09:00' }, shipment: { id: shipment.id, trackingNumber: shipment.trackingNumber } });
    expect(String(sent.body.callbackUrl)).toBe(`${kit.hub.url}/api/v1/connectors/${encodeURIComponent(shipment.carrier)}/callback`);
    await waitForState(id, ['sent']);

    const accepted = await callback(shipment.carrier, { actionId: id, status: 'accepted', reference: 'RS-1001' });
    expect(accepted).toMatchObject({ status: 200, body: { state: 'accepted' } });
    expect(await actionRow(id)).toMatchObject({ state: 'accepted', carrierReference: 'RS-1001', reason: null });
    // A late contrary answer changes nothing; the same signature twice is a replay.
    expect((await callback(shipment.carrier, { actionId: id, status: 'refused', reason: 'late' })).body).toMatchObject({ state: 'accepted' });
    const ts = Math.floor(Date.now() / 1000);
    const replayUrl = `${kit.hub.url}/api/v1/connectors/${encodeURIComponent(shipment.carrier)}/callback`;
    const body = JSON.stringify({ actionId: id, status: 'accepted' });
    const headers = { 'content-type': 'application/json', 'x-relay-timestamp': String(ts), 'x-relay-delivery': 'd-replay', 'x-relay-signature': signOutboundWebhook(SECRET, replayUrl, 'd-replay', ts, body) };
    expect((await fetch(replayUrl, { method: 'POST', headers, body })).status).toBe(200);
    expect((await fetch(replayUrl, { method: 'POST', headers, body })).status).toBe(409);
  });

  it('refuses unsigned, wrongly signed, malformed and other carriers\' callbacks', async () => {
    const id = await request({ kind: 'hold_at_depot', details: { note: 'Customer away' } });
    await sentFor(id);
    expect((await callback(shipment.carrier, { actionId: id, status: 'accepted' }, { secret: 'not-the-secret-at-all' })).status).toBe(401);
    expect((await callback(shipment.carrier, { actionId: id, status: 'maybe' })).status).toBe(400);
    expect((await callback('Nobody Freight', { actionId: id, status: 'accepted' })).status).toBe(401);
    expect((await actionRow(id))?.state).toBe('sent');
  });

  it('sends a redirect, a pickup and a claim, and records the carrier\'s refusal with its reason', async () => {
    const redirect = await request({ kind: 'redirect', details: { pickupPoint: 'Kiosk Storgata 12' } });
    const pickup = await request({ kind: 'book_pickup', details: { date: day(2), windowFrom: '13:00', windowTo: '17:00', pieces: 3, weightKg: 42.5 } });
    const claim = await request({ kind: 'claim', details: { claimType: 'loss', amount: 310, currency: 'eur', description: 'Two cartons missing', carrierReference: 'CN-77' } });
    expect((await sentFor(redirect)).body).toMatchObject({ kind: 'redirect', details: { pickupPoint: 'Kiosk Storgata 12' } });
    expect((await sentFor(pickup)).body).toMatchObject({ kind: 'book_pickup', details: { pieces: 3, weightKg: 42.5 } });
    expect((await sentFor(claim)).body).toMatchObject({ kind: 'claim', details: { claimType: 'loss', amount: 310, currency: 'EUR', carrierReference: 'CN-77' } });
    await callback(shipment.carrier, { actionId: redirect, status: 'refused', reason: 'Already out for delivery' });
    await callback(shipment.carrier, { actionId: pickup, status: 'accepted', reference: 'PU-9' });
    await callback(shipment.carrier, { actionId: claim, status: 'refused' });
    expect(await actionRow(redirect)).toMatchObject({ state: 'refused', reason: 'Already out for delivery' });
    expect(await actionRow(pickup)).toMatchObject({ state: 'accepted', carrierReference: 'PU-9' });
    expect((await actionRow(claim))?.reason).toMatch(/gave no reason/);
  });

  it('marks an action failed when the connector refuses the request itself', async () => {
    peer.answer.status = 422;
    peer.answer.body = { error: 'unknown tracking number' };
    try {
      const id = await request({ kind: 'cancel', details: { reason: 'Ordered twice' } });
      const failed = await waitForState(id, ['failed']);
      expect(failed.reason).toMatch(/answered 422.*unknown tracking number/);
    } finally {
      peer.answer.status = 202;
      peer.answer.body = {};
    }
  });

  it('refuses locally what the shipment state rules out, before anything is sent', async () => {
    const id = uuidv7();
    const result = await kit.hub.mutate('priya@relay.example', 'shipmentAction.request', {
      id, shipmentId: shipment.id, ticketId: ticket.id, action: { kind: 'change_address', details: { address: { line1: 'Main St 1', city: 'Oslo', country: 'NO' } } },
    });
    expect(result).toMatchObject({ status: 'rejected', error: { code: 'conflict' } });
    if (result.status === 'rejected') expect(result.error.message).toMatch(/before dispatch/);
    expect(peer.received.some((r) => r.body.actionId === id)).toBe(false);
  });

  it('admins list every carrier with its connector\'s state; a disabled connector holds requests until enabled again', async () => {
    const carrier = encodeURIComponent(shipment.carrier);
    const lead = await kit.session('daniel@relay.example');
    for (const token of [priya.token, lead.token]) {
      expect((await kit.http('GET', '/api/v1/admin/connectors', token)).status).toBe(403);
      expect((await kit.http('PUT', `/api/v1/admin/connectors/${carrier}`, token, { url: peer.url, enabled: false })).status).toBe(403);
    }
    type View = { carrier: string; url: string | null; secretSet: boolean; enabled: boolean; waiting: number; lastOutcome: { state: string } | null };
    const list = async () => ((await kit.http('GET', '/api/v1/admin/connectors', adminToken)).body as { connectors: View[] }).connectors;
    const views = await list();
    expect(views.find((v) => v.carrier === shipment.carrier)).toMatchObject({ url: peer.url, secretSet: true, enabled: true, waiting: 0, lastOutcome: { state: expect.stringMatching(/sent|accepted|refused|failed/) } });
    // Carriers of the hub's shipments without a connector are listed too, so an admin can add one.
    expect(views.some((v) => v.url === null && !v.secretSet && !v.enabled)).toBe(true);
    expect(JSON.stringify(views)).not.toContain(SECRET);
    // A new connector needs a secret; an existing one keeps its own when none is given.
    expect((await kit.http('PUT', '/api/v1/admin/connectors/Nobody%20Freight', adminToken, { url: peer.url })).status).toBe(400);

    expect((await kit.http('PUT', `/api/v1/admin/connectors/${carrier}`, adminToken, { url: peer.url, enabled: false })).status).toBe(200);
    const id = await request({ kind: 'hold_at_depot', details: { note: 'Away until Friday' } });
    const held = await waitForState(id, ['waiting']);
    expect(held.reason).toMatch(/disabled/);
    expect((await list()).find((v) => v.carrier === shipment.carrier)).toMatchObject({ enabled: false, secretSet: true, waiting: 1 });

    expect((await kit.http('PUT', `/api/v1/admin/connectors/${carrier}`, adminToken, { url: peer.url, enabled: true })).status).toBe(200);
    // Sent with the secret kept from before: the peer's signature check passes.
    expect((await sentFor(id)).signed).toBe(true);
  });
});
