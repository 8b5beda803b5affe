import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRESENCE_REFRESH_MS, PRESENCE_TTL_MS, type PresenceEntry } from '../../../../src/core';
import { PresenceRelay } from '../../../../src/desktop/presence/PresenceRelay';

const T1 = '01900000-0000-7000-8000-0000000000a1';
const MAYA = '01900000-0000-7000-8000-000000000002';

/** Just the socket surface the relay uses: `on('presence')` and `timeout().emitWithAck('presence:set')`. */
function fakeSocket() {
  const sent: { ticketId: string; state: string }[] = [];
  let listener: ((raw: unknown) => void) | null = null;
  const socket = {
    connected: true,
    on: (event: string, l: (raw: unknown) => void) => {
      if (event === 'presence') listener = l;
    },
    timeout: () => ({
      emitWithAck: async (_event: string, payload: { ticketId: string; state: string }) => {
        sent.push(payload);
        return { ok: true, data: { present: null } };
      },
    }),
  };
  return { socket: socket as unknown as Socket, sent, hear: (entry: PresenceEntry) => listener?.(entry) };
}

describe('PresenceRelay (the desktop side of presence)', () => {
  let now = 1_000_000;
  const changed: string[] = [];
  let relay: PresenceRelay;
  beforeEach(() => {
    vi.useFakeTimers();
    changed.length = 0;
    relay = new PresenceRelay({ changed: (t) => changed.push(t), now: () => now, log: () => {} });
  });
  afterEach(() => {
    relay.close();
    vi.useRealTimers();
  });
  const advance = async (ms: number) => {
    now += ms;
    await vi.advanceTimersByTimeAsync(ms);
  };

  it('keeps what the window set while offline and sends it once connected, then refreshes it', async () => {
    expect(relay.set(T1, 'viewing')).toBe(false);
    const hub = fakeSocket();
    relay.connected(hub.socket);
    expect(hub.sent).toEqual([{ ticketId: T1, state: 'viewing' }]);
    await advance(PRESENCE_REFRESH_MS);
    expect(hub.sent).toHaveLength(2);
  });

  it('ends presence when the window stops asking (closed or hidden for good)', async () => {
    const hub = fakeSocket();
    relay.connected(hub.socket);
    relay.set(T1, 'typing');
    await advance(120_000);
    expect(hub.sent.at(-1)).toEqual({ ticketId: T1, state: 'idle' });
    const count = hub.sent.length;
    await advance(60_000);
    expect(hub.sent).toHaveLength(count);
  });

  it('forgets others it stops hearing about after the TTL, and everyone when the connection drops', async () => {
    const hub = fakeSocket();
    relay.connected(hub.socket);
    hub.hear({ key: 'm1', agentId: MAYA, ticketId: T1, state: 'viewing' });
    expect(changed).toEqual([T1]);
    expect(relay.on(T1)).toHaveLength(1);
    await advance(PRESENCE_TTL_MS + 5_000);
    expect(relay.on(T1)).toEqual([]);
    expect(changed).toEqual([T1, T1]);

    hub.hear({ key: 'm1', agentId: MAYA, ticketId: T1, state: 'typing' });
    relay.disconnected();
    expect(relay.on(T1)).toEqual([]);
    expect(changed).toEqual([T1, T1, T1, T1]);
    // Anything arriving on a dead connection is ignored.
    hub.hear({ key: 'm1', agentId: MAYA, ticketId: T1, state: 'typing' });
    expect(relay.on(T1)).toEqual([]);
  });
});

describe('PresenceRelay against a hub without presence', () => {
  it('stops sending after the hub refuses the event, so it does not cut the sync socket again and again', async () => {
    const relay = new PresenceRelay({ changed: () => {}, now: () => 0, log: () => {} });
    const sent: unknown[] = [];
    const socket = {
      connected: true,
      on: () => {},
      timeout: () => ({
        emitWithAck: async (_event: string, payload: unknown) => {
          sent.push(payload);
          return { ok: false, error: { code: 'forbidden', message: 'Event presence:set is not allowed.' } };
        },
      }),
    } as unknown as Socket;
    relay.connected(socket);
    expect(relay.set(T1, 'viewing')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(relay.set(T1, 'typing')).toBe(false);
    expect(sent).toHaveLength(1);
    relay.close();
  });
});
