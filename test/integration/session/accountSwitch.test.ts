import { describe, expect, it } from 'vitest';
import { entityNames, uuidv7 } from '../../../src/core';
import type { DesktopCore } from '../../../src/desktop/createDesktopCore';
import { call } from '../../fixtures/desktop/coreCalls';
import { waitFor } from '../../fixtures/desktop/waitFor';
import { PRIYA, TOM, entityCounts, hubBodies, localRows, openCore, someOpenTicket, useSessionHub, waitSynced } from './sessionHarness';
import { sendMessage } from '../../fixtures/desktop/sendMessage';

/** Account switches on a real hub (PGlite in memory): nobody's unsent work is lost, sent by someone else, or shown to them. */
describe('switching agents on one desktop', () => {
  const env = useSessionHub('relay-switch-');

  async function priyaWithUnsentReply(): Promise<{ core: DesktopCore; path: string; ticketId: string; body: string }> {
    const path = env.file(`${uuidv7()}.sqlite`);
    const core = await openCore(env.hub(), path);
    env.track(core);
    await call(core, 'session.signIn', PRIYA);
    await waitSynced(core, 'Priya first sync');
    const ticketId = await someOpenTicket(core);
    await call(core, 'sync.setPaused', { paused: true });
    const body = `Unsent reply ${uuidv7()}`;
    await sendMessage(core, { ticketId, kind: 'reply', body });
    return { core, path, ticketId, body };
  }

  it('parks the previous agent’s unsent reply, wipes every entity table, never sends it as the next agent, sends it when its owner is back', async () => {
    const { core, path, ticketId, body } = await priyaWithUnsentReply();
    const before = entityCounts(path);
    // The rows a wipe must take: another team's exceptions, CSAT answers, logistics.
    expect(before.exceptions).toBeGreaterThan(0);
    expect(before.csat_responses).toBeGreaterThan(0);
    expect(before.shipments).toBeGreaterThan(0);
    expect(before.tracking_events).toBeGreaterThan(0);

    const tom = await call(core, 'session.signIn', TOM);
    expect(tom.agent?.email).toBe(TOM.email);
    expect(tom.notice).toContain('1 change of Priya Nair not sent yet was kept for them');
    // Still working offline, so nothing has synced yet: every replicated table is empty.
    expect(entityCounts(path)).toEqual(Object.fromEntries(entityNames.map((e) => [e, 0])));
    expect(localRows(path, 'outbox')).toEqual([]);
    expect(localRows(path, 'stash')).toEqual([]);
    expect(localRows(path, 'recent_opens')).toEqual([]);
    // No cursors, held-since or hydration queue of Priya's scopes survive (offlineSince is this sign-in's own).
    expect(localRows(path, 'sync_state').map((r) => r['key']).sort()).toEqual(['clientId', 'offlineSince', 'session']);
    expect(localRows(path, 'parked_changes')).toEqual([expect.objectContaining({ owner_name: 'Priya Nair', name: 'message.send' })]);
    expect(await call(core, 'sync.status', {})).toMatchObject({ unsent: 0, refused: 0 });

    await call(core, 'sync.setPaused', { paused: false });
    await waitSynced(core, 'Tom first sync');
    expect(await hubBodies(env.hub(), ticketId)).not.toContain(body);
    expect(await call(core, 'sync.status', {})).toMatchObject({ unsent: 0 });

    const back = await call(core, 'session.signIn', PRIYA);
    expect(back.notice).toContain('1 change you left unsent on this computer is being sent now');
    await waitFor('the parked reply on the hub', async () => (await hubBodies(env.hub(), ticketId)).includes(body));
    await waitSynced(core, 'Priya back');
    expect((await hubBodies(env.hub(), ticketId)).filter((b) => b === body)).toHaveLength(1);
    expect(localRows(path, 'parked_changes')).toEqual([]);
    expect((await call(core, 'sync.status', {})).unsent).toBe(0);
  });

  it('"send now" pushes the unsent reply and waits for the hub before signing out', async () => {
    const { core, ticketId, body } = await priyaWithUnsentReply();
    expect(await call(core, 'session.pendingSummary', {})).toEqual({
      unsent: 1,
      canSendNow: false,
      cannotSendReason: 'Work offline is on: switch it off to send.',
    });
    expect(await core.invoke('session.signOut', { pending: 'send' })).toMatchObject({ ok: false, error: { code: 'offline' } });
    expect(await core.invoke('session.signOut', {})).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('1 change not sent yet') },
    });
    // Sign out the moment the socket is up: the catch-up has not flushed anything yet.
    const online = new Promise<void>((resolve) => {
      const off = core.on('sync.status', (s) => {
        if (s.connection === 'online') {
          off();
          resolve();
        }
      });
    });
    await call(core, 'sync.setPaused', { paused: false });
    await online;
    expect(await call(core, 'session.signOut', { pending: 'send' })).toMatchObject({ ok: true });
    expect((await hubBodies(env.hub(), ticketId)).filter((b) => b === body)).toHaveLength(1);
    expect(await call(core, 'sync.status', {})).toMatchObject({ connection: 'signed_out', unsent: 0 });
  });

  it('exports the unsent changes, and "keep" parks them for the same agent, undone until they sign in again', async () => {
    const { core, path, ticketId, body } = await priyaWithUnsentReply();
    const exported = await call(core, 'session.exportPending', {});
    expect(exported.count).toBe(1);
    expect(exported.fileName).toMatch(/^relay-unsent-changes-priya-.*\.json$/);
    expect(JSON.parse(exported.content)).toMatchObject({
      format: 'relay-pending-changes',
      version: 1,
      agent: { email: PRIYA.email, name: 'Priya Nair' },
      changes: [{ name: 'message.send', args: { ticketId, body, kind: 'reply' } }],
    });

    expect(await call(core, 'session.signOut', { pending: 'keep' })).toMatchObject({ ok: true });
    expect(localRows(path, 'outbox').filter((r) => r['status'] === 'pending')).toEqual([]);
    expect(localRows(path, 'parked_changes')).toHaveLength(1);
    // Its optimistic effect is gone from the replica while it is parked.
    expect((await call(core, 'tickets.get', { id: ticketId }))?.messages.some((m) => m.body === body)).toBe(false);

    const again = await call(core, 'session.signIn', PRIYA);
    expect(again.notice).toContain('is being sent now');
    // Back in the outbox, and shown pending again, while still working offline.
    expect((await call(core, 'tickets.get', { id: ticketId }))?.messages.filter((m) => m.body === body)).toEqual([
      expect.objectContaining({ pending: true }),
    ]);
    await call(core, 'sync.setPaused', { paused: false });
    await waitFor('the kept reply on the hub', async () => (await hubBodies(env.hub(), ticketId)).includes(body));
    expect((await hubBodies(env.hub(), ticketId)).filter((b) => b === body)).toHaveLength(1);
  });
});
