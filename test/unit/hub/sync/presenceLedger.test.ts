import { describe, expect, it } from 'vitest';
import { presenceLedger } from '../../../../src/hub/sync/presenceLedger';

const AGENT = '01900000-0000-7000-8000-000000000001';
const T1 = '01900000-0000-7000-8000-0000000000a1';
const T2 = '01900000-0000-7000-8000-0000000000a2';
const TEAM = '01900000-0000-7000-8000-0000000000f1';

describe('presenceLedger (one hub node’s presence of its sockets)', () => {
  it('broadcasts arrival and refreshes to the ticket’s team; only the first arrival counts as joining', () => {
    const ledger = presenceLedger(30_000);
    const first = ledger.set('s1', AGENT, T1, TEAM, 'viewing', 0);
    expect(first).toEqual({ joined: true, broadcasts: [{ teamId: TEAM, entry: { key: 's1', agentId: AGENT, ticketId: T1, state: 'viewing' } }] });
    const typing = ledger.set('s1', AGENT, T1, TEAM, 'typing', 1_000);
    expect(typing.joined).toBe(false);
    expect(typing.broadcasts.map((b) => b.entry.state)).toEqual(['typing']);
  });

  it('moving to another ticket first announces leaving the old one', () => {
    const ledger = presenceLedger(30_000);
    ledger.set('s1', AGENT, T1, TEAM, 'typing', 0);
    const moved = ledger.set('s1', AGENT, T2, TEAM, 'viewing', 1);
    expect(moved.joined).toBe(true);
    expect(moved.broadcasts.map((b) => [b.entry.ticketId, b.entry.state])).toEqual([
      [T1, 'idle'],
      [T2, 'viewing'],
    ]);
  });

  it('expires an entry not refreshed within the TTL, and keeps one that was', () => {
    const ledger = presenceLedger(30_000);
    ledger.set('quiet', AGENT, T1, TEAM, 'viewing', 0);
    ledger.set('busy', AGENT, T1, TEAM, 'viewing', 0);
    expect(ledger.expire(29_999)).toEqual([]);
    ledger.set('busy', AGENT, T1, TEAM, 'viewing', 20_000);
    const gone = ledger.expire(30_000);
    expect(gone).toEqual([{ teamId: TEAM, entry: { key: 'quiet', agentId: AGENT, ticketId: T1, state: 'idle' } }]);
    expect(ledger.size()).toBe(1);
    expect(ledger.expire(49_999)).toEqual([]);
    expect(ledger.expire(50_000).map((b) => b.entry.key)).toEqual(['busy']);
    expect(ledger.size()).toBe(0);
  });

  it('leaving (or disconnecting) announces the removal once', () => {
    const ledger = presenceLedger(30_000);
    ledger.set('s1', AGENT, T1, TEAM, 'viewing', 0);
    expect(ledger.leave('s1').map((b) => b.entry.state)).toEqual(['idle']);
    expect(ledger.leave('s1')).toEqual([]);
    expect(ledger.expire(1_000_000)).toEqual([]);
  });
});
