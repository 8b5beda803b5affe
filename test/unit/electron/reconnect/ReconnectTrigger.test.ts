import { describe, expect, it } from 'vitest';
import { NETWORK_POLL_MS, ReconnectTrigger, type ReconnectCause } from '../../../../electron/reconnect/ReconnectTrigger';

/** A fake powerMonitor / net / clock: events and polls are fired by hand. */
function harness(online = true) {
  const power = new Map<string, Set<() => void>>();
  const ticks: { ms: number; tick: () => void }[] = [];
  const asked: ReconnectCause[] = [];
  const state = { online, now: 100_000 };
  const trigger = new ReconnectTrigger({
    onPowerEvent: (event, listener) => {
      const set = power.get(event) ?? new Set();
      power.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    isOnline: () => state.online,
    reconnect: (cause) => asked.push(cause),
    every: (ms, tick) => {
      const entry = { ms, tick };
      ticks.push(entry);
      return () => ticks.splice(ticks.indexOf(entry), 1);
    },
    now: () => state.now,
    log: () => {},
  });
  const fire = (event: string) => power.get(event)?.forEach((l) => l());
  const poll = () => ticks.forEach((t) => t.tick());
  return { trigger, asked, state, fire, poll, ticks, power };
}

describe('ReconnectTrigger (sleep, unlock and network → sync.reconnectNow)', () => {
  it('reconnects on resume and on unlock, once for the pair that usually arrives together', () => {
    const h = harness();
    h.trigger.start();
    h.fire('resume');
    h.fire('unlock-screen');
    expect(h.asked).toEqual(['resume']);
    h.state.now += 60_000;
    h.fire('unlock-screen');
    expect(h.asked).toEqual(['resume', 'unlock-screen']);
  });

  it('reconnects when the network comes back, not while it stays up or stays down', () => {
    const h = harness(true);
    h.trigger.start();
    expect(h.ticks.map((t) => t.ms)).toEqual([NETWORK_POLL_MS]);
    h.poll();
    expect(h.asked).toEqual([]);
    h.state.online = false;
    h.poll();
    h.poll();
    expect(h.asked).toEqual([]);
    h.state.online = true;
    h.poll();
    h.poll();
    expect(h.asked).toEqual(['network-online']);
  });

  it('treats a start without network as down, so its return triggers a reconnect', () => {
    const h = harness(false);
    h.trigger.start();
    h.state.online = true;
    h.poll();
    expect(h.asked).toEqual(['network-online']);
  });

  it('stops listening and polling when stopped, and starts only once', () => {
    const h = harness();
    h.trigger.start();
    h.trigger.start();
    expect(h.ticks).toHaveLength(1);
    h.trigger.stop();
    expect(h.ticks).toHaveLength(0);
    h.fire('resume');
    expect(h.asked).toEqual([]);
    expect([...h.power.values()].every((set) => set.size === 0)).toBe(true);
  });
});
