import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exceptionTicketArgs } from '../../src/core';
import { createDesktopCore, type DesktopCore } from '../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../src/hub/startHub';
import { sendExceptionNotices } from '../../src/renderer/exceptions/sendExceptionNotices';
import { bridgeOf } from '../fixtures/desktop/bridgeOf';
import { call } from '../fixtures/desktop/coreCalls';
import { tempDir } from '../fixtures/desktop/tempDir';
import { waitFor } from '../fixtures/desktop/waitFor';

const MAYA = { email: 'maya@relay.example', password: 'demo-maya' };
const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const TOM = { email: 'tom@relay.example', password: 'demo-tom' };

/** The exceptions queue end to end: desktop mutations applied by a real hub and replicated to other desktops. */
describe('the exceptions queue through a hub', () => {
  const dir = tempDir('relay-exceptions-');
  let hub: RunningHub;
  let lead: DesktopCore;
  let agent: DesktopCore;
  let outsider: DesktopCore;

  const settled = async (core: DesktopCore): Promise<void> => {
    await waitFor('sync to settle', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing && s.unsent === 0;
    });
  };

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
    lead = await createDesktopCore({ dbPath: dir.file('maya.sqlite'), hubUrl: hub.url, log: () => {} });
    agent = await createDesktopCore({ dbPath: dir.file('priya.sqlite'), hubUrl: hub.url, log: () => {} });
    outsider = await createDesktopCore({ dbPath: dir.file('tom.sqlite'), hubUrl: hub.url, log: () => {} });
    await call(lead, 'session.signIn', MAYA);
    await call(agent, 'session.signIn', PRIYA);
    await call(outsider, 'session.signIn', TOM);
    for (const core of [lead, agent, outsider]) await settled(core);
  }, 120_000);

  afterAll(async () => {
    for (const core of [lead, agent, outsider]) await core?.close();
    await hub?.close();
    dir.remove();
  });

  const parcelQueue = async (core: DesktopCore) => {
    const me = (await call(core, 'session.get', {})).agent!;
    return call(core, 'exceptions.list', { teamId: me.teamId, sort: 'oldest' });
  };

  it('lists, counts and details the queue from the replica; teams see only their own', async () => {
    const queue = await parcelQueue(agent);
    expect(queue.items.length).toBeGreaterThan(0);
    expect(queue.items.every((e) => e.status !== 'resolved' && e.carrier !== null && e.customerName !== 'Unknown customer')).toBe(true);
    const counts = await call(agent, 'exceptions.counts', {});
    expect(counts.total).toBe(queue.total);
    expect(counts.byType.reduce((s, c) => s + c.count, 0)).toBe(counts.total);
    const first = queue.items[0]!;
    const narrowed = await call(agent, 'exceptions.list', { types: [first.type], carriers: [first.carrier!], lane: { origin: first.origin!, destination: first.destination! } });
    expect(narrowed.items.map((e) => e.id)).toContain(first.id);
    expect(narrowed.items.every((e) => e.type === first.type && e.carrier === first.carrier)).toBe(true);
    const detail = await call(agent, 'exceptions.get', { id: first.id });
    expect(detail?.shipment?.id).toBe(first.shipmentId);
    expect(detail?.customer?.name).toBe(first.customerName);
    expect(detail?.teamAgents.some((a) => a.email === PRIYA.email)).toBe(true);
    // Freight's agent replicates no Parcel exceptions.
    expect(await call(outsider, 'exceptions.get', { id: first.id })).toBeNull();
  });

  it("acknowledges and resolves with a note on the lead's desktop; the agent's queue drops it live", async () => {
    const target = (await parcelQueue(agent)).items.find((e) => e.status === 'open')!;
    expect(target).toBeDefined();
    const refused = await lead.invoke('exception.update', { action: 'resolve', id: target.id, note: '  ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/resolution note is required/);

    await call(lead, 'exception.update', { action: 'acknowledge', id: target.id });
    await waitFor('the agent to see it acknowledged', async () => (await call(agent, 'exceptions.get', { id: target.id }))?.exception.status === 'acknowledged');
    await call(lead, 'exception.update', { action: 'resolve', id: target.id, note: 'Carrier rebooked delivery for Monday.' });
    await waitFor('the agent queue to drop it', async () => !(await parcelQueue(agent)).items.some((e) => e.id === target.id));
    const detail = await call(agent, 'exceptions.get', { id: target.id });
    expect(detail?.exception).toMatchObject({ status: 'resolved', resolutionNote: 'Carrier rebooked delivery for Monday.' });
    expect(detail?.resolvedByName).toBe('Maya Okafor');
    // The hub refuses what the transition rules forbid, with the reason.
    const again = await agent.invoke('exception.update', { action: 'acknowledge', id: target.id });
    expect(again.ok ? '' : again.error.message).toMatch(/already resolved/);
  });

  it('opens a linked ticket and notifies customers in bulk; the hub numbers the ticket and queues the messages', async () => {
    const queue = await parcelQueue(agent);
    const unlinked = queue.items.find((e) => e.ticketId === null);
    const linked = queue.items.find((e) => e.ticketId !== null && e.ticketStatus !== 'closed' && e.shipmentId !== unlinked?.shipmentId);
    expect(unlinked && linked).toBeTruthy();
    const macros = await call(agent, 'exceptions.macros', {});
    const macro = macros.find((m) => m.body.includes('{{shipment.trackingNumber}}') && !/\{\{\s*(shipment\.eta|order\.number)/.test(m.body))!;
    expect(macro).toBeDefined();

    const notified = await sendExceptionNotices(bridgeOf(agent), { ids: [unlinked!.id, linked!.id], macroId: macro.id });
    const results = notified.ok ? notified.data.results : [];
    expect(results).toHaveLength(2);
    for (const r of results) {
      if (r.outcome === 'skipped') expect(r.reason).toMatch(/opted in|needs/);
    }
    const queued = results.filter((r) => r.outcome === 'queued');
    expect(queued.length).toBeGreaterThan(0);
    await settled(agent);
    expect((await call(agent, 'sync.status', {})).refused).toBe(0);
    for (const r of queued) {
      const detail = await call(lead, 'exceptions.get', { id: r.exceptionId });
      expect(detail?.exception.notifiedAt).not.toBeNull();
      expect(detail?.ticket?.number).toBeGreaterThan(0);
      const thread = await call(lead, 'tickets.get', { id: detail!.ticket!.id });
      const sent = thread?.messages.filter((m) => m.direction === 'outbound' && m.authorName === 'Priya Nair') ?? [];
      expect(sent.at(-1)?.body).toContain(detail!.shipment!.trackingNumber);
    }
  });

  it('previews each customer its filled text; a past ETA is refused unedited and the edited text is what the hub stores', async () => {
    const queue = await parcelQueue(agent);
    const macro = (await call(agent, 'exceptions.macros', {})).find((m) => m.title.startsWith('Shipment delayed'))!;
    const ids = queue.items.filter((e) => e.notifiedAt === null).map((e) => e.id);
    const { recipients } = await call(agent, 'exceptions.notifyPreview', { ids, macroId: macro.id });
    expect(recipients.map((r) => r.exceptionId)).toEqual(ids);
    const late = recipients.find((r) => r.skipped === null && r.facts.channel !== null && r.facts.eta !== null && r.facts.eta < Date.now())!;
    expect(late).toBeDefined();
    expect(late.text).toContain(`Hi ${late.customerName},`);
    expect(late.text).not.toContain('{{');
    expect(late.facts.templateUsesEta).toBe(true);

    const unedited = await sendExceptionNotices(bridgeOf(agent), { ids: [late.exceptionId], macroId: macro.id });
    expect(unedited.ok && unedited.data.results[0]).toMatchObject({ outcome: 'skipped', reason: expect.stringMatching(/is in the past; edit the message/) });
    const body = `Hi ${late.customerName}, your parcel has not moved since its planned delivery day; we are chasing the carrier and write again tomorrow.`;
    const edited = await sendExceptionNotices(bridgeOf(agent), { ids: [late.exceptionId], macroId: macro.id, bodies: { [late.exceptionId]: body } });
    expect(edited.ok && edited.data.results[0]?.outcome).toBe('queued');
    await settled(agent);
    expect((await call(agent, 'sync.status', {})).refused).toBe(0);
    const detail = await call(lead, 'exceptions.get', { id: late.exceptionId });
    const thread = await call(lead, 'tickets.get', { id: detail!.ticket!.id });
    expect(thread?.messages.filter((m) => m.direction === 'outbound').at(-1)?.body).toBe(body);
  });

  it('refuses to open a second ticket while one is linked', async () => {
    const linked = (await parcelQueue(agent)).items.find((e) => e.ticketId !== null && e.ticketStatus !== 'closed')!;
    const detail = (await call(agent, 'exceptions.get', { id: linked.id }))!;
    const reply = await agent.invoke('exception.openTicket', exceptionTicketArgs(detail.exception, detail.shipment!, '', Date.now()));
    expect(reply.ok ? '' : reply.error.message).toMatch(/already linked/);
  });
});
