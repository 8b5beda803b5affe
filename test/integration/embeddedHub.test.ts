import { afterEach, describe, expect, it } from 'vitest';
import { createDesktopCore, type DesktopCore } from '../../src/desktop/createDesktopCore';
import { fileTokenStore } from '../../src/desktop/session/fileTokenStore';
import { startHub, type RunningHub } from '../../src/hub/startHub';
import { call } from '../fixtures/desktop/coreCalls';
import { tempDir } from '../fixtures/desktop/tempDir';
import { waitFor } from '../fixtures/desktop/waitFor';
import { sendMessage } from '../fixtures/desktop/sendMessage';

/**
 * The app's embedded hub (browser mode, Electron's first run) listens on a new port every run.
 * A session signed in to it must follow it there, with the replica and the outbox intact.
 */
describe('a session on the embedded hub', () => {
  const dir = tempDir('relay-embedded-');
  let hub: RunningHub | null = null;
  let core: DesktopCore | null = null;

  afterEach(async () => {
    await core?.close();
    await hub?.close();
    dir.remove();
  });

  async function launch(): Promise<{ hub: RunningHub; core: DesktopCore }> {
    hub = await startHub({ dataDir: dir.file('hub'), seed: 'demo', port: 0 });
    core = await createDesktopCore({
      dbPath: dir.file('replica.sqlite'),
      hubUrl: hub.url,
      hubIsEmbedded: true,
      tokenStore: fileTokenStore(dir.file('session-token')),
      log: () => {},
    });
    return { hub, core };
  }

  const online = async (c: DesktopCore) => {
    const s = await call(c, 'sync.status', {});
    return s.connection === 'online' && !s.syncing && s.unsent === 0 && s;
  };

  it('follows the hub to its new port after a restart and delivers what was queued', async () => {
    const first = await launch();
    const login = first.hub.demoCredentials.find((c) => c.role === 'agent');
    if (!login) throw new Error('the demo seed has an agent');
    await call(first.core, 'session.signIn', { email: login.email, password: login.password });
    await waitFor('first sync', () => online(first.core));
    const [ticket] = await call(first.core, 'tickets.list', { view: 'all' });
    if (!ticket) throw new Error('the demo agent sees tickets');

    await call(first.core, 'sync.setPaused', { paused: true });
    const sent = await sendMessage(first.core, { ticketId: ticket.id, kind: 'note', body: 'Queued before the restart' });
    await first.core.close();
    await first.hub.close();
    const oldUrl = first.hub.url;

    const second = await launch();
    expect(second.hub.url).not.toBe(oldUrl);
    const session = await call(second.core, 'session.get', {});
    expect(session).toMatchObject({ hubUrl: second.hub.url, agent: { email: login.email } });
    await waitFor('the queued note to reach the restarted hub', () => online(second.core));
    const detail = await call(second.core, 'tickets.get', { id: ticket.id });
    expect(detail?.messages.filter((m) => m.id === sent.messageId)).toEqual([
      expect.objectContaining({ body: 'Queued before the restart', pending: false }),
    ]);
  });

  it('keeps an explicitly chosen hub address as it was typed', async () => {
    const { hub: running, core: c } = await launch();
    const login = running.demoCredentials[0];
    if (!login) throw new Error('the demo seed has logins');
    const typed = running.url.replace('127.0.0.1', 'localhost');
    const view = await call(c, 'session.signIn', { hubUrl: typed, email: login.email, password: login.password });
    expect(view.hubUrl).toBe(typed);
    expect((await call(c, 'session.get', {})).hubUrl).toBe(typed);
  });
});
