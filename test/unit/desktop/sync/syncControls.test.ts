import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import { call } from '../../../fixtures/desktop/coreCalls';
import { startCuttableProxy, type CuttableProxy } from '../../../fixtures/desktop/cuttableProxy';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { startScriptedHub, type ScriptedHubOptions } from '../../../fixtures/desktop/scriptedHub';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { sendMessage } from '../../../fixtures/desktop/sendMessage';

/** sync.reconnectNow, sync.retryFailure and "offline since" across restarts, against a scripted hub behind a cuttable link. */
describe('sync controls', () => {
  const dir = tempDir();
  let fx: ReturnType<typeof replicaFixtures>;
  let hub: Awaited<ReturnType<typeof startScriptedHub>>;
  let proxy: CuttableProxy;
  let core: DesktopCore;
  let dbPath: string;
  const tokens = memoryTokenStore();
  const hubOptions: ScriptedHubOptions = {};
  let clock = 0;

  const open = async (): Promise<DesktopCore> =>
    createDesktopCore({ dbPath, hubUrl: proxy.url, tokenStore: tokens, now: () => clock, log: () => {} });
  const status = () => call(core, 'sync.status', {});
  const online = async (): Promise<boolean> => {
    const s = await status();
    return s.connection === 'online' && !s.syncing;
  };

  beforeEach(async () => {
    fx = replicaFixtures();
    clock = fx.now;
    hubOptions.refuse = undefined;
    hub = await startScriptedHub(fx.agent, ['tenant', fx.scope], hubOptions);
    hub.append('tenant', [
      { entity: 'teams', row: fx.team },
      { entity: 'agents', row: fx.agent },
      { entity: 'customers', row: fx.customer },
    ]);
    hub.append(fx.scope, [{ entity: 'tickets', row: fx.ticket }]);
    proxy = await startCuttableProxy({ host: '127.0.0.1', port: Number(new URL(hub.url).port) });
    dbPath = dir.file(`${uuidv7()}.sqlite`);
    core = await open();
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    await waitFor('first sync', online);
  });
  afterEach(async () => {
    await core.close();
    await proxy.close();
    await hub.close();
  });

  it('reconnectNow starts an attempt at once instead of waiting out the backoff, and does nothing while paused', async () => {
    await proxy.cut();
    await waitFor('the cut to show', async () => (await status()).connection === 'offline');
    await proxy.restore();
    // Without it, the next attempt waits for socket.io's backoff timer; with it, one is under way now.
    expect((await call(core, 'sync.reconnectNow', {})).connection).toBe('connecting');
    await waitFor('back online', online);
    expect((await call(core, 'sync.reconnectNow', {})).connection).toBe('online');

    await call(core, 'sync.setPaused', { paused: true });
    expect((await call(core, 'sync.reconnectNow', {})).connection).toBe('offline');
  });

  it('retryFailure re-queues a refused reply under a new id and drops the refusal; an unknown id is refused', async () => {
    hubOptions.refuse = (m) => (m.name === 'message.send' ? { code: 'conflict', message: 'Ticket is closed.' } : null);
    const sent = await sendMessage(core, { ticketId: fx.ticket.id, kind: 'reply', body: 'Pallet found in bay 4' });
    const [failure] = await waitFor('the refusal', async () => {
      const list = await call(core, 'sync.failures', {});
      return list.length > 0 && list;
    });
    expect(failure).toMatchObject({ id: sent.mutationId, code: 'conflict', text: 'Pallet found in bay 4' });
    expect((await call(core, 'tickets.get', { id: fx.ticket.id }))?.messages.some((m) => m.id === sent.messageId)).toBe(false);

    hubOptions.refuse = undefined;
    await proxy.cut();
    await waitFor('offline', async () => (await status()).connection === 'offline');
    const retried = await call(core, 'sync.retryFailure', { id: sent.mutationId });
    expect(retried.mutationId).not.toBe(sent.mutationId);
    expect(await call(core, 'sync.failures', {})).toEqual([]);
    expect(await status()).toMatchObject({ unsent: 1, refused: 0 });
    // The same reply (same message id and words) shows again, pending, until the hub confirms it.
    const again = (await call(core, 'tickets.get', { id: fx.ticket.id }))?.messages.find((m) => m.id === sent.messageId);
    expect(again).toMatchObject({ body: 'Pallet found in bay 4', pending: true });

    await proxy.restore();
    await call(core, 'sync.reconnectNow', {});
    await waitFor('the retry to be pushed', () => hub.pushes.some((p) => p.includes(retried.mutationId)));
    await waitFor('the retry acknowledged', async () => (await status()).unsent === 0);

    const unknown = await core.invoke('sync.retryFailure', { id: sent.mutationId });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('retryFailure keeps the refusal and says why when the change still cannot apply locally', async () => {
    hubOptions.refuse = () => ({ code: 'conflict', message: 'Ticket is closed.' });
    const sent = await sendMessage(core, { ticketId: fx.ticket.id, kind: 'reply', body: 'Too late' });
    await waitFor('the refusal', async () => (await call(core, 'sync.failures', {})).length > 0);
    const head = hub.head(fx.scope);
    const [closed] = hub.append(fx.scope, [{ entity: 'tickets', row: { ...fx.ticket, status: 'closed' } }]);
    hub.broadcast({ scope: fx.scope, prev: head, rows: [closed!] });
    await waitFor('the ticket closed locally', async () => (await call(core, 'tickets.get', { id: fx.ticket.id }))?.ticket.status === 'closed');

    const reply = await core.invoke('sync.retryFailure', { id: sent.mutationId });
    expect(reply).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringContaining('closed') } });
    expect((await call(core, 'sync.failures', {})).map((f) => f.id)).toEqual([sent.mutationId]);
    expect(await status()).toMatchObject({ unsent: 0, refused: 1 });
  });

  it('keeps "offline since" across restarts: the moment the hub was lost, not the restart time', async () => {
    clock = fx.now + 60_000;
    await proxy.cut();
    await waitFor('offline', async () => (await status()).connection === 'offline');
    expect((await status()).offlineSince).toBe(fx.now + 60_000);

    await core.close();
    clock = fx.now + 3_600_000;
    core = await open();
    await waitFor('offline after restart', async () => (await status()).connection === 'offline');
    expect((await status()).offlineSince).toBe(fx.now + 60_000);

    await proxy.restore();
    await call(core, 'sync.reconnectNow', {});
    await waitFor('online', online);
    expect((await status()).offlineSince).toBeNull();

    // Closed while online: it stopped hearing the hub when it closed.
    clock = fx.now + 7_200_000;
    await core.close();
    await proxy.cut();
    clock = fx.now + 9_000_000;
    core = await open();
    await waitFor('offline after restart', async () => (await status()).connection === 'offline');
    expect((await status()).offlineSince).toBe(fx.now + 7_200_000);
  });
});
