import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ticketRowSchema, uuidv7, type TicketDetail, type TicketRow } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { countRepeats, reportCounts } from '../../fixtures/faults/countRepeats';
import { hubTeamView } from '../../fixtures/faults/hubThread';
import { waitDrained } from '../../fixtures/faults/waitDrained';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { openProbe, readScope } from '../property/hubProbe';
import { sendMessage } from '../../fixtures/desktop/sendMessage';

const DAY = 86_400_000;
const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const MAYA = { email: 'maya@relay.example', password: 'demo-maya' };

/**
 * Fault: two desktops whose clocks are a day ahead (Priya) and a day behind (Maya) answer the
 * same ticket, in turns online and with one of them offline for a while, against a hub with the
 * rules engine (SLA clocks) on a correct clock.
 * Checked: every note/reply lands once (lost 0, duplicated 0); the hub's change log holds them in
 * the order they were sent (the offline desktop's after the online one's); every stored time
 * (message createdAt, ticket updatedAt/lastMessageAt, SLA firstRespondedAt) is the hub's clock,
 * inside the test's real-time window, never a skewed one; the SLA due time set at creation is
 * unchanged and firstRespondedAt is the hub time of the first agent reply; each replica's thread
 * shows the hub's order and times, and its ticket row equals the hub's.
 */
describe('fault: desktop clocks a day off', () => {
  const dir = tempDir('relay-fault-clock-');
  const paths = { ahead: dir.file('ahead.sqlite'), behind: dir.file('behind.sqlite') };
  let hub: RunningHub;
  let ahead: DesktopCore;
  let behind: DesktopCore;

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0, rules: { connectors: {}, sweepIntervalMs: 0 } });
    ahead = await createDesktopCore({ dbPath: paths.ahead, hubUrl: hub.url, now: () => Date.now() + DAY, log: () => {} });
    behind = await createDesktopCore({ dbPath: paths.behind, hubUrl: hub.url, now: () => Date.now() - DAY, log: () => {} });
    await call(ahead, 'session.signIn', PRIYA);
    await call(behind, 'session.signIn', MAYA);
    await waitDrained('the desktop a day ahead', ahead, paths.ahead);
    await waitDrained('the desktop a day behind', behind, paths.behind);
  }, 180_000);

  afterAll(async () => {
    await ahead?.close();
    await behind?.close();
    await hub?.close();
    dir.remove();
  });

  it('syncs and orders writes by the hub clock, with SLA times untouched by the skew', async () => {
    const started = Date.now();
    const { token, agent } = await hubLogin(hub.url, PRIYA.email, PRIYA.password);
    const tenantProbe = await openProbe(hub.url, token);
    const customerId = (await readScope(tenantProbe, 'tenant')).rows.get('customers')?.[0]?.id ?? '';
    tenantProbe.close();
    const ticketId = uuidv7();
    const created = await hub.mutate(MAYA.email, 'ticket.create', {
      id: ticketId,
      subject: 'Skewed clocks',
      customerId,
      teamId: agent.teamId,
      channel: 'email',
      priority: 'high',
      firstMessage: { id: uuidv7(), direction: 'inbound', body: 'Where is my parcel?' },
    });
    expect(created.status).toBe('applied');
    await hub.rules?.idle();
    const view = await hubTeamView(hub.url, agent.teamId);
    const headBefore = await view.head();
    const hubTicket = async (): Promise<TicketRow> => {
      const probe = await openProbe(hub.url, token);
      try {
        const found = (await readScope(probe, `team:${agent.teamId}`)).rows.get('tickets')?.find((t) => t.id === ticketId);
        return ticketRowSchema.parse(found);
      } finally {
        probe.close();
      }
    };
    const dueAtCreation = (await hubTicket()).firstResponseDueAt;
    expect(dueAtCreation, 'the demo policies give a high-priority ticket a first-response due time').not.toBeNull();

    const order: string[] = [];
    const send = async (core: DesktopCore, path: string, kind: 'reply' | 'note', body: string, settle: boolean): Promise<void> => {
      const { messageId } = await sendMessage(core, { ticketId, kind, body });
      order.push(messageId);
      if (settle) await waitDrained(body, core, path);
    };
    for (const core of [ahead, behind]) await waitFor('the ticket on both desktops', async () => (await call(core, 'tickets.get', { id: ticketId })) !== null, 60_000);
    // In turns, each confirmed before the next: the hub sees them in this order.
    for (let i = 0; i < 3; i++) {
      await send(ahead, paths.ahead, 'reply', `ahead reply ${i}`, true);
      await send(behind, paths.behind, 'note', `behind note ${i}`, true);
    }
    // The desktop ahead goes offline and writes; the one behind writes online meanwhile.
    await call(ahead, 'sync.setPaused', { paused: true });
    const offline: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { messageId } = await sendMessage(ahead, { ticketId, kind: 'note', body: `ahead offline ${i}` });
      offline.push(messageId);
      await send(behind, paths.behind, 'note', `behind online ${i}`, true);
    }
    order.push(...offline);
    await call(ahead, 'sync.setPaused', { paused: false });
    await waitDrained('the desktop ahead after going online', ahead, paths.ahead);
    await hub.rules?.idle();
    const ended = Date.now();

    try {
      const writes = (await view.messageWrites(headBefore)).filter((id) => order.includes(id));
      const counts = countRepeats(order, writes);
      reportCounts('desktop clocks a day off, change-log writes of the notes/replies', counts);
      expect(counts).toMatchObject({ lost: 0, duplicated: 0 });
      expect(writes, 'the hub applied them in the order they were sent').toEqual(order);

      const onHub = (await view.messages()).filter((m) => m.ticketId === ticketId);
      const ours = order.map((id) => onHub.find((m) => m.id === id)!);
      for (const m of ours) {
        expect(m.createdAt, `${m.body} stamped by the hub's clock`).toBeGreaterThanOrEqual(started);
        expect(m.createdAt, `${m.body} stamped by the hub's clock`).toBeLessThanOrEqual(ended);
      }
      expect(ours.map((m) => m.createdAt), 'hub times follow the send order').toEqual([...ours.map((m) => m.createdAt)].sort((a, b) => a - b));

      const ticket = await hubTicket();
      expect(ticket.firstResponseDueAt, 'the SLA due time is the one set at creation').toBe(dueAtCreation);
      expect(ticket.firstRespondedAt, 'first response = the hub time of the first agent reply').toBe(ours[0]!.createdAt);
      for (const at of [ticket.updatedAt, ticket.lastMessageAt]) {
        expect(at).toBeGreaterThanOrEqual(started);
        expect(at).toBeLessThanOrEqual(ended);
      }

      const hubThread = [...onHub].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).map((m) => `${m.id} ${m.createdAt}`);
      for (const [name, core] of [['ahead', ahead], ['behind', behind]] as const) {
        const detail: TicketDetail = await waitFor(`the ${name} desktop to hold the hub's thread`, async () => {
          const d = await call(core, 'tickets.get', { id: ticketId });
          return d && JSON.stringify(d.messages.map((m) => `${m.id} ${m.createdAt}`)) === JSON.stringify(hubThread) ? d : undefined;
        }, 60_000);
        expect(detail.messages.filter((m) => m.pending), `${name}: nothing pending`).toEqual([]);
        expect(ticketRowSchema.parse(detail.ticket), `${name}: ticket row equals the hub's`).toEqual(ticket);
      }
    } finally {
      view.close();
    }
  }, 300_000);
});
