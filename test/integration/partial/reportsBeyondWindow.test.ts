/**
 * Reports on the desktop: inside the replication window the replica answers (also offline) and
 * agrees with the hub; a period reaching past it is answered by the hub's aggregate route and
 * counts rows the replica does not hold; offline, such a period fails with a clear sentence.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportAnswerSchema, type ReportKind } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../fixtures/desktop/cuttableProxy';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { replicaPeek } from './replicaPeek';

const DAY = 86_400_000;
const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const window = { ticketDays: 7, logisticsDays: 7 };

describe('reports inside and beyond the replication window', () => {
  const dir = tempDir('relay-reports-');
  const path = dir.file('priya.sqlite');
  let hub: RunningHub;
  let proxy: CuttableProxy;
  let core: DesktopCore;
  let token = '';
  const now = Date.now();

  const hubReport = async (kind: ReportKind, from: number, to: number) => {
    const res = await fetch(`${hub.url}/api/v1/reports/${kind}?from=${from}&to=${to}`, { headers: { authorization: `Bearer ${token}` } });
    return reportAnswerSchema.parse(await res.json());
  };

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0, replicationWindow: window });
    proxy = await startCuttableProxy({ host: '127.0.0.1', port: hub.port });
    core = await createDesktopCore({ dbPath: path, hubUrl: proxy.url, log: () => {}, replicationWindow: window });
    await call(core, 'session.signIn', PRIYA);
    token = (await hubLogin(hub.url, PRIYA.email, PRIYA.password)).token;
    await waitFor('priya online and caught up', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing;
    });
    // The demo world tags nothing: tag a recent ticket on the hub and let it arrive live.
    const recent = replicaPeek(path, (db) => db.prepare<[number], { id: string }>('SELECT id FROM tickets WHERE created_at >= ? ORDER BY created_at DESC LIMIT 1').get(now - 4 * DAY));
    if (!recent) throw new Error('the demo world needs a ticket from the last four days');
    await hub.mutate(PRIYA.email, 'ticket.setTags', { id: recent.id, add: ['claim', 'damaged'] });
    await waitFor('the tags arrive', async () =>
      replicaPeek(path, (db) => db.prepare<[string], { tags: string }>('SELECT tags FROM tickets WHERE id = ?').get(recent.id)?.tags.includes('claim') ?? false),
    );
  }, 180_000);

  afterAll(async () => {
    await core?.close();
    await proxy?.close();
    await hub?.close();
    dir.remove();
  });

  it.each(['tags', 'carriers', 'agents'] as const)('%s inside the window: the replica answers what the hub answers', async (kind) => {
    const from = now - 5 * DAY;
    const to = now + DAY;
    const local = await call(core, 'reports.get', { kind, from, to });
    expect(local.source).toBe('replica');
    expect(local.rows.length).toBeGreaterThan(0);
    expect({ ...local, source: 'hub' }).toEqual(await hubReport(kind, from, to));
  });

  it('a period reaching beyond the window comes from the hub and counts tickets the replica does not hold', async () => {
    const from = now - 60 * DAY;
    const to = now + DAY;
    const answer = await call(core, 'reports.get', { kind: 'tags', from, to });
    expect(answer.source).toBe('hub');
    expect(answer).toEqual(await hubReport('tags', from, to));
    const held = replicaPeek(path, (db) => db.prepare<[number, number], { n: number }>('SELECT count(*) AS n FROM tickets WHERE created_at >= ? AND created_at < ?').get(from, to)?.n ?? 0);
    expect(answer.total).toBeGreaterThan(held);
  });

  it('offline: the window still answers from the replica; an older period says it needs the hub', async () => {
    await proxy.cut();
    await waitFor('priya offline', async () => (await call(core, 'sync.status', {})).connection === 'offline');
    const inside = await call(core, 'reports.get', { kind: 'carriers', from: now - 5 * DAY, to: now + DAY });
    expect(inside.source).toBe('replica');
    const beyond = await core.invoke('reports.get', { kind: 'agents', from: now - 60 * DAY, to: now + DAY });
    expect(beyond).toEqual({ ok: false, error: { code: 'offline', message: 'Periods older than 7 days need the hub; connect to see them.' } });
    await proxy.restore();
  });
});
