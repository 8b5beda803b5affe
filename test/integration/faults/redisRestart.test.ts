import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesktopCore } from '../../../src/desktop/createDesktopCore';
import { createDesktopCore } from '../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { freshPgDatabase } from '../../fixtures/desktop/freshPgDatabase';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { countRepeats, reportCounts } from '../../fixtures/faults/countRepeats';
import { hubTeamView } from '../../fixtures/faults/hubThread';
import { liveListener } from '../../fixtures/faults/liveListener';
import { privateRedisSkipReason, startPrivateRedis, type PrivateRedis } from '../../fixtures/faults/privateRedis';
import { waitDrained } from '../../fixtures/faults/waitDrained';
import { hubLogin } from '../../fixtures/hub/hubLogin';
import { postgresSkipReason } from '../../fixtures/hub/postgresSkipReason';
import { sendMessage } from '../../fixtures/desktop/sendMessage';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const MAYA = { email: 'maya@relay.example', password: 'demo-maya' };

const skipReason = postgresSkipReason() ?? privateRedisSkipReason();
if (skipReason) console.info(`[faults] Redis restart skipped: ${skipReason}`);

/**
 * Fault: the Redis two hub nodes share (a private redis-server, never the shared one) is killed
 * and started again while desktops on both nodes write.
 * Checked: while Redis is down each node still takes its desktops' writes and delivers them
 * live to its own sockets; after Redis is back a write through node 1 reaches a socket on node 2
 * live again; every note is on the hub once (lost 0, duplicated 0) and each desktop's thread
 * equals the hub's.
 */
describe.skipIf(skipReason !== null)('fault: Redis stopped and started under two hub nodes', () => {
  const dir = tempDir('relay-fault-redis-');
  let redis: PrivateRedis | null = null;
  let db: { url: string; drop(): Promise<void> } | null = null;
  const nodes: RunningHub[] = [];
  const cores: DesktopCore[] = [];
  const paths = [dir.file('on-node-1.sqlite'), dir.file('on-node-2.sqlite')];
  const closers: (() => void)[] = [];

  beforeAll(async () => {
    redis = await startPrivateRedis();
    db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_fault_redis');
    const options = { databaseUrl: db.url, redisUrl: redis.url, redisKey: `relay-fault-${randomBytes(6).toString('hex')}`, seed: 'demo' as const, port: 0 };
    nodes.push(...(await Promise.all([startHub(options), startHub(options)])));
    for (const [i, node] of nodes.entries()) {
      const core = await createDesktopCore({ dbPath: paths[i]!, hubUrl: node.url, log: () => {} });
      cores.push(core);
      await call(core, 'session.signIn', PRIYA);
    }
    for (const [i, core] of cores.entries()) await waitDrained(`core on node ${i + 1}`, core, paths[i]!);
  }, 180_000);

  afterAll(async () => {
    for (const close of closers) close();
    for (const core of cores) await core.close();
    for (const node of nodes) await node.close();
    await db?.drop();
    await redis?.destroy();
    dir.remove();
  });

  it('keeps each node serving its own sockets while Redis is down, resumes cross-node live after, loses nothing', async () => {
    const { agent } = await hubLogin(nodes[0]!.url, PRIYA.email, PRIYA.password);
    const ticketId = (await call(cores[0]!, 'tickets.list', { status: ['new', 'open', 'pending'] }))[0]?.id ?? '';
    expect(ticketId).not.toBe('');
    const listeners = await Promise.all(nodes.map((node) => liveListener(node.url, MAYA)));
    closers.push(...listeners.map((l) => l.close));
    const tag = `redis-restart-${Date.now().toString(36)}`;
    const written: { messageId: string; body: string }[] = [];
    const write = async (core: number, label: string): Promise<string> => {
      const body = `${tag} ${label}`;
      const { messageId } = await sendMessage(cores[core]!, { ticketId, kind: 'note', body });
      written.push({ messageId, body });
      return messageId;
    };

    const before = await write(0, 'before, node 1');
    await waitFor('a node 1 write live on node 2 before the fault', () => listeners[1]!.heard.has(before), 60_000);

    await redis!.stop();
    for (let i = 0; i < 5; i++) {
      const one = await write(0, `redis down, node 1 #${i}`);
      const two = await write(1, `redis down, node 2 #${i}`);
      await waitFor('node 1 serves its own socket live while Redis is down', () => listeners[0]!.heard.has(one), 60_000);
      await waitFor('node 2 serves its own socket live while Redis is down', () => listeners[1]!.heard.has(two), 60_000);
    }
    for (const [i, core] of cores.entries()) await waitDrained(`core on node ${i + 1} while Redis is down`, core, paths[i]!);

    await redis!.start();
    // The adapter's clients reconnect on their own (backoff up to 5 s); keep writing until one crosses.
    const after: string[] = [];
    await waitFor(
      'a node 1 write live on node 2 after Redis is back',
      async () => {
        after.push(await write(0, `after, node 1 #${after.length}`));
        await new Promise((resolve) => setTimeout(resolve, 500));
        return after.some((id) => listeners[1]!.heard.has(id));
      },
      90_000,
      0,
    );

    for (const [i, core] of cores.entries()) {
      await waitDrained(`core on node ${i + 1}`, core, paths[i]!);
      expect(await call(core, 'sync.failures', {}), `core on node ${i + 1} refused changes`).toEqual([]);
    }
    const view = await hubTeamView(nodes[1]!.url, agent.teamId);
    try {
      const onHub = (await view.messages()).filter((m) => m.ticketId === ticketId);
      const ours = onHub.filter((m) => m.body.startsWith(tag));
      const counts = countRepeats(written.map((w) => w.messageId), ours.map((m) => m.id));
      reportCounts('Redis stopped and started, notes on the hub', counts);
      expect(counts).toMatchObject({ lost: 0, duplicated: 0 });
      const hubThread = onHub.map((m) => `${m.id} ${m.createdAt} ${m.body}`).sort();
      for (const [i, core] of cores.entries()) {
        await waitFor(`core on node ${i + 1} to hold the hub's thread`, async () => {
          const local = (await call(core, 'tickets.get', { id: ticketId }))?.messages ?? [];
          return JSON.stringify(local.map((m) => `${m.id} ${m.createdAt} ${m.body}`).sort()) === JSON.stringify(hubThread);
        }, 60_000);
      }
    } finally {
      view.close();
    }
  }, 300_000);
});
