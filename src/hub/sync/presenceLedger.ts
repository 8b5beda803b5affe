import { PRESENCE_TTL_MS, type PresenceEntry, type PresenceState } from '../../core';

/** An entry to send to the room of the ticket's team (state 'idle' = the entry is gone). */
export interface PresenceBroadcast {
  teamId: string;
  entry: PresenceEntry;
}

interface Held {
  entry: PresenceEntry;
  teamId: string;
  refreshedAt: number;
}

export interface PresenceLedger {
  /**
   * A socket's new state on a ticket (not 'idle'). Leaving another ticket broadcasts its removal
   * first; `joined` is true when the socket was not on this ticket before (it then needs to
   * learn who else is there).
   */
  set(key: string, agentId: string, ticketId: string, teamId: string, state: Exclude<PresenceState, 'idle'>, now: number): {
    broadcasts: PresenceBroadcast[];
    joined: boolean;
  };
  /** The socket left its ticket or disconnected. */
  leave(key: string): PresenceBroadcast[];
  /** Entries not refreshed within the TTL are dropped (their desktop went quiet or away). */
  expire(now: number): PresenceBroadcast[];
  size(): number;
}

/**
 * This hub node's presence of its own sockets, in memory only. Pure (clock passed in) so expiry
 * is unit-tested; presenceGateway owns the timers and the sockets.
 */
export function presenceLedger(ttlMs = PRESENCE_TTL_MS): PresenceLedger {
  const held = new Map<string, Held>();
  const removal = (h: Held): PresenceBroadcast => ({ teamId: h.teamId, entry: { ...h.entry, state: 'idle' } });

  return {
    set(key, agentId, ticketId, teamId, state, now) {
      const before = held.get(key);
      const broadcasts: PresenceBroadcast[] = [];
      const joined = before?.entry.ticketId !== ticketId;
      if (before && joined) broadcasts.push(removal(before));
      const entry: PresenceEntry = { key, agentId, ticketId, state };
      held.set(key, { entry, teamId, refreshedAt: now });
      // Refreshes are broadcast too: receivers expire what they stop hearing about, which also
      // covers a hub node that died without saying goodbye for its sockets.
      broadcasts.push({ teamId, entry });
      return { broadcasts, joined };
    },
    leave(key) {
      const before = held.get(key);
      if (!before) return [];
      held.delete(key);
      return [removal(before)];
    },
    expire(now) {
      const gone: PresenceBroadcast[] = [];
      for (const [key, h] of held) {
        if (now - h.refreshedAt >= ttlMs) {
          held.delete(key);
          gone.push(removal(h));
        }
      }
      return gone;
    },
    size: () => held.size,
  };
}
