import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageRowSchema, uuidv7, type MessageRow } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { memoryTokenStore } from '../../../src/desktop/session/memoryTokenStore';
import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { killChildHubs, startChildHub, type ChildHub } from '../../fixtures/faults/childHub';
import { countRepeats, reportCounts } from '../../fixtures/faults/countRepeats';
import { waitDrained } from '../../fixtures/faults/waitDrained';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { openProbe, readScope, replay, scopeHead } from '../property/hubProbe';
import { replicaFacts, replicaRows } from '../property/readReplicaFile';
import { sendMessage } from '../../fixtures/desktop/sendMessage';

const DAY = 86_400_000;
const CHANGES = Number(process.env.RELAY_FAULT_OFFLINE_CHANGES ?? 10_000);
const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };

/** Prints how long each phase took (information for the log, never asserted). */
function phases(): (name: string) => void {
  let last = Date.now();
  return (name) => {
    console.info(`[faults] offline drain: ${name} in ${((Date.now() - last) / 1000).toFixed(1)} s`);
    last = Date.now();
  };
}

/**
 * Fault: a desktop loses its network (a cut TCP proxy), its agent keeps working and makes
 * 10,000 changes (notes over five tickets); meanwhile the hub restarts with its clock a day
 * later (and the desktop's clock moves a day too); then the network comes back.
 * Checked: the outbox drains with nothing refused; every change is on the hub exactly once
 * (by message id: lost 0, duplicated 0), stamped with the hub's new clock; pushing them all
 * again under the desktop's client id writes nothing (each recorded once); the replica's
 * messages of those tickets equal the hub's row for row and its cursor reaches the hub's head.
 */
describe('fault: 10,000 offline changes drained after a day offline', () => {
  const dir = tempDir('relay-fault-offline-');
  const dataDir = dir.file('hub');
  const replica = dir.file('replica.sqlite');
  let hub: ChildHub | null = null;
  let proxy: CuttableProxy | null = null;
  let core: DesktopCore | null = null;
  let shift = 0;

  beforeAll(async () => {
    // 127.0.0.1 on any port: the desktop reaches the hub through the proxy's port.
    hub = await startChildHub({ dataDir, seed: 'demo', allowedHosts: ['127.0.0.1'] });
    proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
    core = await createDesktopCore({ dbPath: replica, hubUrl: proxy.url, tokenStore: memoryTokenStore(), now: () => Date.now() + shift, log: () => {} });
    await call(core, 'session.signIn', PRIYA);
    await waitDrained('the desktop', core, replica);
  }, 180_000);

  afterAll(async () => {
    await core?.close();
    await proxy?.close();
    await killChildHubs();
    dir.remove();
  });

  it(`applies all ${CHANGES} offline changes exactly once and converges`, async () => {
    const tickets = (await call(core!, 'tickets.list', { status: ['new', 'open', 'pending'] })).slice(0, 5).map((t) => t.id);
    expect(tickets.length).toBe(5);
    await proxy!.cut();
    const phase = phases();
    const tag = `offline-day-${uuidv7()}`;
    const written: { mutationId: string; messageId: string }[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const sent = await sendMessage(core!, { ticketId: tickets[i % tickets.length]!, kind: 'note', body: `${tag} #${i}` });
      written.push(sent);
    }
    expect((await call(core!, 'sync.status', {})).unsent).toBe(CHANGES);
    phase('written offline');

    // A day passes: the hub restarts with its clock a day on, the desktop's clock moves too.
    await hub!.stop();
    hub = await startChildHub({ dataDir, port: hub!.port, seed: null, clockOffsetMs: DAY, allowedHosts: ['127.0.0.1'] });
    shift = DAY;
    const backAt = Date.now() + DAY;
    phase('hub restarted a day later');
    await proxy!.restore();
    await call(core!, 'sync.reconnectNow', {});
    await waitDrained('the desktop to drain 10,000 changes', core!, replica, 600_000);
    phase('drained');
    expect(await call(core!, 'sync.failures', {})).toEqual([]);

    const { token, agent } = await hubLogin(hub.url, PRIYA.email, PRIYA.password);
    const probe = await openProbe(hub.url, token);
    try {
      const scope = `team:${agent.teamId}` as const;
      const ours = ((await readScope(probe, scope)).rows.get('messages') ?? []).map((m) => messageRowSchema.parse(m)).filter((m) => m.body.startsWith(tag));
      const counts = countRepeats(written.map((w) => w.messageId), ours.map((m) => m.id));
      reportCounts('10,000 offline changes after a day offline, notes on the hub', counts);
      expect(counts).toMatchObject({ expected: CHANGES, lost: 0, duplicated: 0 });
      expect(ours.filter((m) => m.createdAt < backAt), 'stamped by the hub after its day moved on').toEqual([]);

      const head = await scopeHead(probe, scope);
      const clientId = replicaFacts(replica).clientId!;
      const replayProbe = await openProbe(hub.url, token, clientId);
      try {
        const again = await replay(replayProbe, clientId, written.map((w) => ({ id: w.mutationId, name: 'message.send', args: {} })));
        expect(again.filter((r) => r.status !== 'applied'), 'every change recorded as applied').toEqual([]);
      } finally {
        replayProbe.close();
      }
      expect(await scopeHead(probe, scope), 'pushing them again writes nothing').toBe(head);

      expect(replicaFacts(replica).cursors[scope] ?? -1, 'the replica reached the hub head').toBeGreaterThanOrEqual(head);
      const local = (replicaRows(replica, agent.teamId).get('messages') ?? []).map((m) => messageRowSchema.parse(m)).filter((m) => m.body.startsWith(tag));
      const key = (m: MessageRow): string => `${m.id} ${m.createdAt} ${m.body}`;
      expect(local.map(key).sort(), 'the replica holds the hub rows').toEqual(ours.map(key).sort());
    } finally {
      probe.close();
    }
  }, 900_000);
});
