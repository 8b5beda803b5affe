import { describe, expect, it } from 'vitest';
import { ownActionOf } from '../../../../electron/attention/ownActionOf';

const me = '0190a0c1-5e2f-7a3b-8c4d-000000000001';
const someone = '0190a0c1-5e2f-7a3b-8c4d-000000000002';
const ticketId = '0190a0c1-5e2f-7a3b-8c4d-000000000003';

describe('ownActionOf', () => {
  it('opening a ticket marks it viewed', () => {
    expect(ownActionOf('tickets.get', { id: ticketId }, me)).toEqual({ kind: 'viewed', ticketId });
  });

  it('assigning a ticket to myself is my own action; to someone else or a status change is not', () => {
    expect(ownActionOf('ticket.update', { id: ticketId, assigneeId: me }, me)).toEqual({ kind: 'assigned_self', ticketId });
    expect(ownActionOf('ticket.update', { id: ticketId, assigneeId: someone }, me)).toBeNull();
    expect(ownActionOf('ticket.update', { id: ticketId, status: 'solved' }, me)).toBeNull();
    expect(ownActionOf('ticket.update', { id: ticketId, assigneeId: me }, null)).toBeNull();
  });

  it('ignores malformed input and other channels', () => {
    expect(ownActionOf('tickets.get', { id: 'nope' }, me)).toBeNull();
    expect(ownActionOf('tickets.list', { view: 'mine' }, me)).toBeNull();
  });
});
