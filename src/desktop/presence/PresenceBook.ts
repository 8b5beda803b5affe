import { PRESENCE_TTL_MS, type PresenceEntry } from '../../core';

interface Heard {
  entry: PresenceEntry;
  heardAt: number;
}

/**
 * What this desktop has heard about other sockets' presence, keyed by socket. Pure (clock passed
 * in): an entry not heard again within the TTL is gone, which also covers a hub node that died
 * without announcing its sockets' departure. Every change reports the tickets it touched.
 */
export class PresenceBook {
  private readonly heard = new Map<string, Heard>();

  constructor(private readonly ttlMs = PRESENCE_TTL_MS) {}

  /** A live `presence` broadcast ('idle' removes the entry). */
  receive(entry: PresenceEntry, now: number): string[] {
    const before = this.heard.get(entry.key);
    const touched = new Set<string>();
    if (before) {
      this.heard.delete(entry.key);
      if (before.entry.ticketId !== entry.ticketId || before.entry.state !== entry.state) touched.add(before.entry.ticketId);
    }
    if (entry.state !== 'idle') {
      this.heard.set(entry.key, { entry, heardAt: now });
      if (!before || before.entry.ticketId !== entry.ticketId || before.entry.state !== entry.state) touched.add(entry.ticketId);
    }
    return [...touched];
  }

  /** The hub's full list for a ticket (on arriving there): replaces what was held for it. */
  replace(ticketId: string, entries: readonly PresenceEntry[], now: number): string[] {
    const touched = new Set<string>();
    const keep = new Set(entries.map((e) => e.key));
    for (const [key, h] of this.heard) {
      if (h.entry.ticketId === ticketId && !keep.has(key)) {
        this.heard.delete(key);
        touched.add(ticketId);
      }
    }
    for (const entry of entries) {
      if (entry.ticketId === ticketId) for (const t of this.receive(entry, now)) touched.add(t);
    }
    return [...touched];
  }

  /** Drops entries not heard within the TTL; returns the tickets they were on. */
  expire(now: number): string[] {
    const touched = new Set<string>();
    for (const [key, h] of this.heard) {
      if (now - h.heardAt >= this.ttlMs) {
        this.heard.delete(key);
        touched.add(h.entry.ticketId);
      }
    }
    return [...touched];
  }

  /** Offline: nothing heard can be trusted any more. */
  clear(): string[] {
    const touched = new Set([...this.heard.values()].map((h) => h.entry.ticketId));
    this.heard.clear();
    return [...touched];
  }

  /** Live entries on a ticket. */
  on(ticketId: string, now: number): PresenceEntry[] {
    return [...this.heard.values()].filter((h) => h.entry.ticketId === ticketId && now - h.heardAt < this.ttlMs).map((h) => h.entry);
  }

  get size(): number {
    return this.heard.size;
  }
}
