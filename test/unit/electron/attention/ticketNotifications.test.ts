import { describe, expect, it } from 'vitest';
import type { MyTicket } from '../../../../electron/attention/ShellNotification';
import { MAX_SEPARATE_NOTIFICATIONS, ticketNotifications } from '../../../../electron/attention/ticketNotifications';

const id = (n: number) => `0190a0c1-5e2f-7a3b-8c4d-${String(n).padStart(12, '0')}`;
const ticket = (n: number, patch: Partial<MyTicket> = {}): MyTicket => ({
  id: id(n),
  number: 1000 + n,
  subject: `Pallet ${n} missing`,
  customerName: 'Acme Freight',
  status: 'open',
  lastInboundAt: 100,
  lastOwnReplyAt: null,
  ...patch,
});

describe('ticketNotifications', () => {
  it('never notifies for the first look (start, sign-in, snapshot)', () => {
    expect(ticketNotifications(null, [ticket(1), ticket(2)], new Set())).toEqual([]);
  });

  it('notifies once per ticket newly assigned to me, opening that ticket on click', () => {
    const notes = ticketNotifications(new Set([id(1)]), [ticket(1), ticket(2)], new Set());
    expect(notes).toEqual([
      { target: { kind: 'ticket', id: id(2) }, title: 'Ticket #1002 assigned to you', body: 'Acme Freight: Pallet 2 missing' },
    ]);
  });

  it('stays quiet for tickets I assigned to myself and for solved or closed ones', () => {
    const next = [ticket(1), ticket(2), ticket(3, { status: 'solved' }), ticket(4, { status: 'closed' })];
    expect(ticketNotifications(new Set(), next, new Set([id(1), id(2)]))).toEqual([]);
  });

  it('names a ticket the hub has not numbered yet by its subject', () => {
    const [note] = ticketNotifications(new Set(), [ticket(7, { number: null })], new Set());
    expect(note?.title).toBe('New ticket assigned to you');
  });

  it('a ticket reassigned away and back notifies again', () => {
    const afterAway = new Set<string>();
    expect(ticketNotifications(afterAway, [ticket(1)], new Set())).toHaveLength(1);
  });

  it('sums up a burst (e.g. after a night offline) in one notification', () => {
    const next = Array.from({ length: MAX_SEPARATE_NOTIFICATIONS + 2 }, (_, i) => ticket(i + 1));
    const notes = ticketNotifications(new Set(), next, new Set());
    expect(notes).toHaveLength(1);
    expect(notes[0]!.title).toBe(`${next.length} tickets assigned to you`);
    expect(notes[0]!.target).toEqual({ kind: 'ticket', id: id(1) });
  });
});
