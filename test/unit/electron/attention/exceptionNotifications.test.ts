import { describe, expect, it } from 'vitest';
import { exceptionNotifications } from '../../../../electron/attention/exceptionNotifications';
import type { OpenException } from '../../../../electron/attention/ShellNotification';

const id = (n: number) => `0190a0c1-5e2f-7a3b-8c4d-${String(n).padStart(12, '0')}`;
const exception = (n: number, patch: Partial<OpenException> = {}): OpenException => ({
  id: id(n),
  severity: 'high',
  status: 'open',
  title: 'delayed · Acme Freight',
  ticketId: null,
  ...patch,
});

describe('exceptionNotifications', () => {
  it('tells leads and admins about new high and critical exceptions', () => {
    const next = [exception(1), exception(2, { severity: 'critical' }), exception(3, { severity: 'medium' }), exception(4, { severity: 'low' })];
    for (const role of ['lead', 'admin']) {
      const notes = exceptionNotifications(role, new Set(), next);
      expect(notes.map((n) => n.target.id)).toEqual([id(1), id(2)]);
      expect(notes[1]!.title).toBe('New critical exception');
    }
  });

  it('never tells agents, never on the first look, never for known or no-longer-open ones', () => {
    expect(exceptionNotifications('agent', new Set(), [exception(1)])).toEqual([]);
    expect(exceptionNotifications('lead', null, [exception(1)])).toEqual([]);
    expect(exceptionNotifications('lead', new Set([id(1)]), [exception(1)])).toEqual([]);
    expect(exceptionNotifications('lead', new Set(), [exception(2, { status: 'acknowledged' }), exception(3, { status: 'resolved' })])).toEqual([]);
  });

  it('opens the linked ticket when there is one, else the exception', () => {
    const ticketId = id(99);
    const [linked, bare] = exceptionNotifications('lead', new Set(), [exception(1, { ticketId }), exception(2)]);
    expect(linked!.target).toEqual({ kind: 'ticket', id: ticketId });
    expect(bare!.target).toEqual({ kind: 'exception', id: id(2) });
  });
});
