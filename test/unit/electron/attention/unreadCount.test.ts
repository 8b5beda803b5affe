import { describe, expect, it } from 'vitest';
import type { MyTicket } from '../../../../electron/attention/ShellNotification';
import { summarizeThread } from '../../../../electron/attention/summarizeThread';
import { unreadCount } from '../../../../electron/attention/unreadCount';

const id = (n: number) => `0190a0c1-5e2f-7a3b-8c4d-${String(n).padStart(12, '0')}`;
const ticket = (n: number, patch: Partial<MyTicket>): MyTicket => ({
  id: id(n),
  number: n,
  subject: 's',
  customerName: 'c',
  status: 'open',
  lastInboundAt: null,
  lastOwnReplyAt: null,
  ...patch,
});

describe('unreadCount', () => {
  it('counts tickets whose newest customer message is newer than my last reply and my last look', () => {
    const tickets = [
      ticket(1, { lastInboundAt: 200 }), // never answered, never opened: unread
      ticket(2, { lastInboundAt: 200, lastOwnReplyAt: 300 }), // I replied after: read
      ticket(3, { lastInboundAt: 400, lastOwnReplyAt: 300 }), // customer wrote again: unread
      ticket(4, { lastInboundAt: 200 }), // opened after it arrived: read
      ticket(5, { lastInboundAt: 500 }), // opened before it arrived: unread
      ticket(6, {}), // no inbound message at all
      ticket(7, { lastInboundAt: 900, status: 'solved' }),
      ticket(8, { lastInboundAt: 900, status: 'closed' }),
    ];
    const seen = new Map([
      [id(4), 250],
      [id(5), 450],
    ]);
    expect(unreadCount(tickets, seen)).toBe(3);
  });

  it('is zero with nothing assigned', () => {
    expect(unreadCount([], new Map())).toBe(0);
  });
});

describe('summarizeThread', () => {
  const me = id(100);
  const other = id(101);
  it('takes the newest inbound message and the newest reply I wrote (not notes, not colleagues)', () => {
    const summary = summarizeThread(
      [
        { direction: 'inbound', authorId: null, createdAt: 10 },
        { direction: 'outbound', authorId: me, createdAt: 20 },
        { direction: 'inbound', authorId: null, createdAt: 30 },
        { direction: 'note', authorId: me, createdAt: 40 },
        { direction: 'outbound', authorId: other, createdAt: 50 },
      ],
      me,
    );
    expect(summary).toEqual({ lastInboundAt: 30, lastOwnReplyAt: 20 });
  });

  it('is empty for an empty thread', () => {
    expect(summarizeThread([], me)).toEqual({ lastInboundAt: null, lastOwnReplyAt: null });
  });
});
