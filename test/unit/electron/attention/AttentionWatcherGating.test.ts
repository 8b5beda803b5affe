import { describe, expect, it } from 'vitest';
import type { IpcChannel, IpcEventName, IpcEventPayload, IpcReply, SyncStatus } from '../../../../src/core';
import { AttentionWatcher, type WatchedCore } from '../../../../electron/attention/AttentionWatcher';
import type { ShellNotification } from '../../../../electron/attention/ShellNotification';

const id = (n: number) => `0190a0c1-5e2f-7a3b-8c4d-${String(n).padStart(12, '0')}`;
const me = { id: id(900), teamId: id(901), name: 'Priya Nair', email: 'priya@relay.example', role: 'agent' as const, createdAt: 1 };
const idle: SyncStatus = { connection: 'online', offlineSince: null, syncing: false, progress: null, unsent: 0, refused: 0, lastError: null, retryAt: null, paused: false, version: 1 };

/** The fields of a tickets.list item the watcher reads (the real items carry many more). */
const item = (n: number) => ({ id: id(n), number: n, subject: `Ticket ${n}`, customerName: 'Acme', status: 'open', lastMessageAt: 1, messageCount: 0 });

const urgent = (n: number, ticketId: string | null = null) => ({
  id: id(n),
  type: 'delay',
  severity: 'critical',
  status: 'open',
  ticketId,
  customerId: id(800),
  customerName: 'Acme',
  detectedAt: 1,
});

/** A scripted core: the test sets who is signed in, which tickets are mine and the sync status. */
function scriptedCore() {
  const state = {
    agent: me as { id: string; role: string } | null,
    mine: [] as ReturnType<typeof item>[],
    urgent: [] as ReturnType<typeof urgent>[],
    status: idle,
    asked: [] as string[],
  };
  const listeners = new Map<IpcEventName, ((payload: never) => void)[]>();
  const core: WatchedCore = {
    async invoke(channel: string): Promise<IpcReply<IpcChannel>> {
      state.asked.push(channel);
      const data =
        channel === 'session.get'
          ? { hubUrl: 'http://hub', agent: state.agent }
          : channel === 'sync.status'
            ? state.status
            : channel === 'tickets.list'
              ? state.mine
              : channel === 'tickets.get'
                ? null
                : channel === 'exceptions.urgent'
                  ? state.urgent
                  : undefined;
      if (data === undefined) return { ok: false, error: { code: 'unknown_channel', message: channel } };
      return { ok: true, data } as IpcReply<IpcChannel>;
    },
    on<E extends IpcEventName>(event: E, listener: (payload: IpcEventPayload<E>) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener as (payload: never) => void]);
      return () => undefined;
    },
  };
  const emit = <E extends IpcEventName>(event: E, payload: IpcEventPayload<E>) => {
    for (const l of listeners.get(event) ?? []) (l as (p: IpcEventPayload<E>) => void)(payload);
  };
  return { core, state, emit };
}

function watch() {
  const scripted = scriptedCore();
  const notes: ShellNotification[] = [];
  const badge: number[] = [];
  const watcher = new AttentionWatcher({
    core: scripted.core,
    seen: { all: () => new Map(), mark: () => undefined },
    notify: (n) => notes.push(n),
    setUnread: (n) => badge.push(n),
    now: () => 0,
    log: () => undefined,
  });
  return { ...scripted, watcher, notes, badge };
}

describe('AttentionWatcher gating', () => {
  it('does not look while the replica is catching up, and notifies after it', async () => {
    const w = watch();
    await w.watcher.check(); // baseline: nothing assigned
    w.state.status = { ...idle, syncing: true };
    w.state.mine = [item(1)];
    await w.watcher.check();
    expect(w.notes).toEqual([]);
    w.state.status = idle;
    await w.watcher.check();
    expect(w.notes.map((n) => n.target.id)).toEqual([id(1)]);
  });

  it('a snapshot (hub reset, team change) only resets the baseline', async () => {
    const w = watch();
    w.watcher.start();
    w.watcher.stop();
    await w.watcher.check();
    w.emit('sync.status', { ...idle, syncing: true, progress: { entity: 'tickets', done: 1, total: 2 } });
    w.emit('sync.status', idle);
    w.state.mine = [item(1), item(2)];
    await w.watcher.check();
    expect(w.notes).toEqual([]);
    w.state.mine = [item(1), item(2), item(3)];
    await w.watcher.check();
    expect(w.notes.map((n) => n.target.id)).toEqual([id(3)]);
  });

  it('signing out clears the badge; the next agent starts from a silent baseline', async () => {
    const w = watch();
    await w.watcher.check();
    w.state.agent = null;
    await w.watcher.check();
    expect(w.badge.at(-1)).toBe(0);
    expect(w.watcher.agent()).toBeNull();
    w.state.agent = me;
    w.state.mine = [item(5)];
    await w.watcher.check();
    expect(w.notes).toEqual([]);
    expect(w.watcher.agent()).toBe(me.id);
  });

  it('tells a lead about a new urgent exception, opening its ticket; an agent is never asked', async () => {
    const w = watch();
    w.state.urgent = [urgent(1)];
    await w.watcher.check();
    expect(w.state.asked).not.toContain('exceptions.urgent');
    w.state.agent = { ...me, role: 'lead' };
    await w.watcher.check(); // role changed: the lead's first look is a baseline
    w.state.urgent = [urgent(2, id(50)), urgent(1)];
    await w.watcher.check();
    expect(w.notes).toEqual([{ target: { kind: 'ticket', id: id(50) }, title: 'New critical exception', body: 'delay · Acme' }]);
  });
});
