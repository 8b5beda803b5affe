import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { call } from '../../fixtures/desktop/coreCalls';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { killChildHubs, startChildHub, type ChildHub } from '../../fixtures/faults/childHub';
import { countRepeats, reportCounts } from '../../fixtures/faults/countRepeats';
import { hubTeamView } from '../../fixtures/faults/hubThread';
import { startNoteWriter, type WrittenNote } from '../../fixtures/faults/noteWriter';
import { privatePostgresSkipReason, startPrivatePostgres, type PrivatePostgres } from '../../fixtures/faults/privatePostgres';
import { waitDrained } from '../../fixtures/faults/waitDrained';
import { hubLogin } from '../../fixtures/hub/hubLogin';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const MAYA = { email: 'maya@relay.example', password: 'demo-maya' };

/** The signature of the upstream postgres.js crash (see the test). */

const skipReason = privatePostgresSkipReason();
if (skipReason) console.info(`[faults] PostgreSQL restart skipped: ${skipReason}`);

/**
 * Fault: the hub's PostgreSQL (a private server, never the shared one) is stopped with
 * `pg_ctl stop -m immediate` while two desktops keep writing notes, and started again.
 * Checked: the same hub process answers again (health, sign-in) without a restart; both
 * desktops drain their outboxes with no change refused; every note a desktop accepted is on the
 * hub once (lost 0, duplicated 0, by message id and body) and written to the change log once;
 * each desktop's thread equals the hub's.
 */
describe.skipIf(skipReason !== null)('fault: PostgreSQL restarted under load', () => {
  const dir = tempDir('relay-fault-pg-');
  let pg: PrivatePostgres | null = null;
  let hub: ChildHub | null = null;
  const cores: DesktopCore[] = [];
  const paths = [dir.file('a.sqlite'), dir.file('b.sqlite')];

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    hub = await startChildHub({ databaseUrl: pg.url, redisUrl: null, seed: 'demo' });
    for (const [i, login] of [PRIYA, MAYA].entries()) {
      const core = await createDesktopCore({ dbPath: paths[i]!, hubUrl: hub.url, log: () => {} });
      cores.push(core);
      await call(core, 'session.signIn', login);
    }
    for (const [i, core] of cores.entries()) await waitDrained(`core ${i}`, core, paths[i]!);
  }, 180_000);

  afterAll(async () => {
    for (const core of cores) await core.close();
    await killChildHubs();
    pg?.destroy();
    dir.remove();
  });

  it('keeps serving after PostgreSQL comes back, and the desktops converge with nothing lost or doubled', async () => {
    const { agent } = await hubLogin(hub!.url, PRIYA.email, PRIYA.password);
    const ticketId = (await call(cores[0]!, 'tickets.list', { status: ['new', 'open', 'pending'] }))[0]?.id ?? '';
    expect(ticketId).not.toBe('');
    const before = await hubTeamView(hub!.url, agent.teamId);
    const headBefore = await before.head();
    before.close();

    const tag = `pg-restart-${Date.now().toString(36)}`;
    const writers = cores.map((core, i) => startNoteWriter(core, ticketId, `${tag} core ${i}`));
    const accepted = (n: number): boolean => writers.every((w) => w.written.length >= n);
    await waitFor('load before the fault', () => accepted(15), 60_000);
    pg!.crash();
    const atCrash = writers.map((w) => w.written.length);
    // Writes go on while the database is down (they queue in the outboxes).
    await waitFor('writes while PostgreSQL is down', () => writers.every((w, i) => w.written.length >= atCrash[i]! + 15), 60_000);
    pg!.start();
    const atStart = writers.map((w) => w.written.length);
    await waitFor('writes after PostgreSQL is back', () => writers.every((w, i) => w.written.length >= atStart[i]! + 15), 60_000);
    const written: WrittenNote[] = [];
    for (const w of writers) written.push(...(await w.stop()));
    for (const w of writers) expect(w.refusedLocally).toEqual([]);

    // The same hub process serves again: it must not have died with the database (postgres.js
    // 3.4.9 threw from a setImmediate on a closed socket and killed it: patches/postgres+3.4.9.patch).
    expect(hub!.exit(), `the hub process died while PostgreSQL restarted:\n${hub!.stderr().slice(-2000)}`).toBeNull();
    await waitFor('hub health after the restart', async () => (await fetch(`${hub!.url}/api/v1/health`)).status === 200, 60_000);
    await hubLogin(hub!.url, MAYA.email, MAYA.password);
    for (const [i, core] of cores.entries()) {
      await waitDrained(`core ${i}`, core, paths[i]!);
      expect(await call(core, 'sync.failures', {}), `core ${i} refused changes`).toEqual([]);
    }

    const view = await hubTeamView(hub!.url, agent.teamId);
    try {
      const onHub = (await view.messages()).filter((m) => m.ticketId === ticketId && m.body.startsWith(tag));
      const byId = countRepeats(written.map((w) => w.messageId), onHub.map((m) => m.id));
      const byBody = countRepeats(written.map((w) => w.body), onHub.map((m) => m.body));
      const ids = new Set(written.map((w) => w.messageId));
      const writes = countRepeats(ids, (await view.messageWrites(headBefore)).filter((id) => ids.has(id)));
      reportCounts('PostgreSQL restarted under load, notes on the hub by id', byId);
      reportCounts('PostgreSQL restarted under load, notes on the hub by body', byBody);
      reportCounts('PostgreSQL restarted under load, change-log writes of those notes', writes);
      expect(byId).toMatchObject({ lost: 0, duplicated: 0 });
      expect(byBody).toMatchObject({ lost: 0, duplicated: 0 });
      expect(writes).toMatchObject({ lost: 0, duplicated: 0 });

      // Each desktop's thread is the hub's, row for row (hub times, no pending marks).
      const hubThread = (await view.messages()).filter((m) => m.ticketId === ticketId).map((m) => `${m.id} ${m.createdAt} ${m.body}`).sort();
      for (const [i, core] of cores.entries()) {
        const local = (await call(core, 'tickets.get', { id: ticketId }))?.messages ?? [];
        expect(local.filter((m) => m.pending), `core ${i} pending messages`).toEqual([]);
        expect(local.map((m) => `${m.id} ${m.createdAt} ${m.body}`).sort(), `core ${i} thread equals the hub's`).toEqual(hubThread);
      }
    } finally {
      view.close();
    }
  }, 300_000);
});
