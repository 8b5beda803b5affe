import { describe, expect, it } from 'vitest';
import type { PresenceEntry } from '../../../../src/core';
import { PresenceBook } from '../../../../src/desktop/presence/PresenceBook';

const A = '01900000-0000-7000-8000-000000000001';
const B = '01900000-0000-7000-8000-000000000002';
const T1 = '01900000-0000-7000-8000-0000000000a1';
const T2 = '01900000-0000-7000-8000-0000000000a2';
const entry = (key: string, agentId: string, ticketId: string, state: PresenceEntry['state']): PresenceEntry => ({ key, agentId, ticketId, state });

describe('PresenceBook (what a desktop heard about others)', () => {
  it('holds what it hears, reports the tickets touched, and forgets on idle', () => {
    const book = new PresenceBook(30_000);
    expect(book.receive(entry('a', A, T1, 'viewing'), 0)).toEqual([T1]);
    // A refresh with nothing new is not a change, but it keeps the entry alive.
    expect(book.receive(entry('a', A, T1, 'viewing'), 10_000)).toEqual([]);
    expect(book.receive(entry('a', A, T2, 'typing'), 11_000).sort()).toEqual([T1, T2].sort());
    expect(book.on(T1, 11_000)).toEqual([]);
    expect(book.on(T2, 11_000)).toEqual([entry('a', A, T2, 'typing')]);
    expect(book.receive(entry('a', A, T2, 'idle'), 12_000)).toEqual([T2]);
    expect(book.size).toBe(0);
  });

  it('expires entries not heard again within the TTL (a hub node that vanished says no goodbye)', () => {
    const book = new PresenceBook(30_000);
    book.receive(entry('a', A, T1, 'viewing'), 0);
    book.receive(entry('b', B, T1, 'typing'), 0);
    book.receive(entry('b', B, T1, 'typing'), 25_000);
    expect(book.expire(29_999)).toEqual([]);
    // Past the TTL it is no longer shown even before the sweep runs.
    expect(book.on(T1, 30_000).map((e) => e.key)).toEqual(['b']);
    expect(book.expire(30_000)).toEqual([T1]);
    expect(book.on(T1, 30_000).map((e) => e.key)).toEqual(['b']);
    expect(book.expire(55_000)).toEqual([T1]);
    expect(book.size).toBe(0);
  });

  it('takes the hub’s list for a ticket as the whole truth for that ticket', () => {
    const book = new PresenceBook(30_000);
    book.receive(entry('stale', A, T1, 'viewing'), 0);
    book.receive(entry('other', B, T2, 'viewing'), 0);
    expect(book.replace(T1, [entry('b', B, T1, 'typing')], 1)).toEqual([T1]);
    expect(book.on(T1, 1)).toEqual([entry('b', B, T1, 'typing')]);
    expect(book.on(T2, 1)).toHaveLength(1);
    expect(book.replace(T1, [entry('b', B, T1, 'typing')], 2)).toEqual([]);
  });

  it('clears everything when the desktop goes offline', () => {
    const book = new PresenceBook(30_000);
    book.receive(entry('a', A, T1, 'viewing'), 0);
    book.receive(entry('b', B, T2, 'viewing'), 0);
    expect(book.clear().sort()).toEqual([T1, T2].sort());
    expect(book.on(T1, 0)).toEqual([]);
    expect(book.clear()).toEqual([]);
  });
});
