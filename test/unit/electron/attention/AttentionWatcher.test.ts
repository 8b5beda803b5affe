import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttentionWatcher } from '../../../../electron/attention/AttentionWatcher';
import type { ShellNotification } from '../../../../electron/attention/ShellNotification';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { call } from '../../../fixtures/desktop/coreCalls';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { waitFor } from '../../../fixtures/desktop/waitFor';

const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
const MAYA = { email: 'maya@relay.example', password: 'demo-maya' };

/** Real hub, real replicas: Maya (admin) assigns tickets to Priya (agent), whose shell watches. */
describe('AttentionWatcher on a live replica', () => {
  const dir = tempDir('relay-attention-');
  let hub: RunningHub;
  let priyaCore: DesktopCore;
  let mayaCore: DesktopCore;
  let watcher: AttentionWatcher;
  let priyaId = '';
  let priyaTeam = '';
  const notes: ShellNotification[] = [];
  const badge: number[] = [];
  const seen = new Map<string, number>();
  let clock = 0;

  const settled = async (core: DesktopCore) =>
    waitFor('sync to settle', async () => {
      const s = await call(core, 'sync.status', {});
      return s.connection === 'online' && !s.syncing && s.unsent === 0;
    });
  const unassignedOpenTickets = async () =>
    (await call(mayaCore, 'tickets.list', { view: 'all', status: ['new', 'open', 'pending', 'on_hold'] })).filter(
      (t) => t.assigneeId !== priyaId && t.teamId === priyaTeam,
    );

  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
    priyaCore = await createDesktopCore({ dbPath: dir.file('priya.sqlite'), hubUrl: hub.url, log: () => {} });
    mayaCore = await createDesktopCore({ dbPath: dir.file('maya.sqlite'), hubUrl: hub.url, log: () => {} });
    const priya = (await call(priyaCore, 'session.signIn', PRIYA)).agent!;
    priyaId = priya.id;
    priyaTeam = priya.teamId;
    await call(mayaCore, 'session.signIn', MAYA);
    await Promise.all([settled(priyaCore), settled(mayaCore)]);
    watcher = new AttentionWatcher({
      core: priyaCore,
      seen: { all: () => seen, mark: (id, at) => seen.set(id, at) },
      notify: (n) => notes.push(n),
      setUnread: (n) => badge.push(n),
      // A desktop clock far behind the hub's: opening a ticket must still read its messages.
      now: () => ++clock,
      log: () => {},
      debounceMs: 10,
    });
    watcher.start();
    await waitFor('the first look', () => watcher.agent() === priyaId && badge.length > 0);
  }, 60_000);

  afterAll(async () => {
    watcher?.stop();
    await priyaCore?.close();
    await mayaCore?.close();
    await hub?.close();
    dir.remove();
  });

  it('stays silent for what was already assigned at the first look', () => {
    expect(notes).toEqual([]);
  });

  it('notifies when a lead assigns a ticket to me, and counts it unread until I open it', async () => {
    const [ticket] = await unassignedOpenTickets();
    expect(ticket, 'the demo data has an open ticket not assigned to Priya').toBeDefined();
    const before = badge.at(-1)!;
    await call(mayaCore, 'ticket.update', { id: ticket!.id, assigneeId: priyaId });
    const note = await waitFor('a notification', () => notes.find((n) => n.target.id === ticket!.id));
    expect(note.target).toEqual({ kind: 'ticket', id: ticket!.id });
    expect(note.body).toContain(ticket!.subject);
    expect(notes).toHaveLength(1);

    const detail = await call(priyaCore, 'tickets.get', { id: ticket!.id });
    expect(detail!.messages.some((m) => m.direction === 'inbound'), 'the ticket has a customer message').toBe(true);
    await waitFor('the badge to count it', () => badge.at(-1) === before + 1);
    watcher.viewed(ticket!.id);
    expect(badge.at(-1)).toBe(before);
  });

  it('does not notify for a ticket I assign to myself', async () => {
    const [mine, theirs] = await unassignedOpenTickets();
    expect(theirs, 'the demo data has two more open tickets').toBeDefined();
    watcher.assignedByMe(mine!.id);
    await call(priyaCore, 'ticket.update', { id: mine!.id, assigneeId: priyaId });
    await call(mayaCore, 'ticket.update', { id: theirs!.id, assigneeId: priyaId });
    // Maya's assignment reaches Priya after her own local write: once it is announced, the
    // watcher has certainly looked at her self-assigned ticket too.
    await waitFor('the notification for Maya’s assignment', () => notes.some((n) => n.target.id === theirs!.id));
    expect(notes.map((n) => n.target.id)).not.toContain(mine!.id);
  });
});
