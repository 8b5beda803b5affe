import { describe, expect, it } from 'vitest';
import { auditQuerySchema, uuidv7, type AuditEntry } from '../../../../src/core';
import { noAuditFilters } from '../../../../src/renderer/settings/audit/AuditFilters';
import { auditQueryOf } from '../../../../src/renderer/settings/audit/auditQueryOf';
import { auditSummary } from '../../../../src/renderer/settings/audit/auditSummary';

const entry = (detail: Record<string, unknown>): AuditEntry => ({
  id: uuidv7(),
  actorId: null,
  actorName: null,
  action: 'x',
  entity: 'agents',
  entityId: 'id-1',
  detail,
  at: 1,
});

describe('audit page helpers', () => {
  it('summarises an entry by the fields that changed, ignoring bookkeeping', () => {
    expect(auditSummary(entry({ before: { role: 'agent', updatedAt: 1 }, after: { role: 'lead', updatedAt: 2 } }))).toBe('role: agent → lead');
    expect(auditSummary(entry({ before: null, after: { name: 'Noor' } }))).toBe('created Noor');
    expect(auditSummary(entry({ before: { label: 'Claim' }, after: null }))).toBe('removed Claim');
    expect(auditSummary(entry({ rows: ['tickets:a', 'messages:b'] }))).toBe('2 records written');
    const many = auditSummary(entry({ before: { a: 1, b: 1, c: 1, d: 1 }, after: { a: 2, b: 2, c: 2, d: 2 } }));
    expect(many).toMatch(/\+1 more$/);
  });

  it('turns the typed filters into a query the hub schema accepts, the last day included', () => {
    const query = auditQueryOf({ ...noAuditFilters, action: ' agent. ', q: '', fromDay: '2026-03-01', toDay: '2026-03-01' }, 50);
    const parsed = auditQuerySchema.parse(query);
    expect(parsed).toMatchObject({ limit: 50, action: 'agent.' });
    expect(parsed.q).toBeUndefined();
    expect(parsed.from).toBe(new Date('2026-03-01T00:00:00').getTime());
    expect((parsed.to ?? 0) - (parsed.from ?? 0)).toBe(86_400_000);
    // A malformed day is no bound rather than a refusal.
    expect(auditQueryOf({ ...noAuditFilters, fromDay: 'soon' }, 10)).toEqual({ limit: 10 });
  });
});
