import { describe, expect, it } from 'vitest';
import { uuidv7, type AgentRow, type AnyRow, type AutomationRow, type EntityName, type EntityRowMap, type RowChange, type SystemActor, type TicketRow } from '../../../../src/core';
import { coreFixtures } from '../fixtures';
import { rejectionOf } from '../rejectionOf';
import { runCoreMutation } from '../runCoreMutation';

const rules: SystemActor = { kind: 'system', systemId: 'system:rules' };
const survey: SystemActor = { kind: 'system', systemId: 'system:survey' };
const links = [1, 2, 3, 4, 5].map((s) => `https://hub.example/survey/tok?score=${s}`);

function setup() {
  const f = coreFixtures();
  const ticket: TicketRow = { ...f.ticket, number: 1042, status: 'solved', solvedAt: f.now };
  const lead: AgentRow = { id: uuidv7(), teamId: f.teamA.id, name: 'Lena Lead', email: 'lena@relay.example', role: 'lead', createdAt: f.now, signature: '' };
  const otherLead: AgentRow = { ...lead, id: uuidv7(), teamId: f.teamB.id, name: 'Bo Lead', email: 'bo@relay.example' };
  const low: AutomationRow = { id: uuidv7(), name: 'Low CSAT', trigger: 'csat.low_score', enabled: true, config: { threshold: 2 } };
  return { f, ticket, lead, otherLead, low };
}
const recordArgs = (s: ReturnType<typeof setup>, over: Record<string, unknown> = {}) => ({
  responseId: uuidv7(),
  ticketId: s.ticket.id,
  customerId: s.ticket.customerId,
  score: 1,
  comment: 'Slow',
  lowScoreAutomationId: s.low.id,
  leadIds: [s.lead.id, s.otherLead.id],
  noteId: uuidv7(),
  ...over,
});
const run = (name: string, args: unknown, db: AnyRow[], actor: SystemActor | ReturnType<typeof setup>['f']['agentA'], now: number) =>
  runCoreMutation(name, args, db, { actor, now, sequences: {} });
const rowsOf = <E extends EntityName>(changes: RowChange[], entity: E) => changes.filter((c) => c.entity === entity).map((c) => c.row as EntityRowMap[E]);

describe('csat.requestSurvey', () => {
  it('queues the survey message with every score link on the solved ticket, nothing else', () => {
    const s = setup();
    const args = { surveyId: uuidv7(), ticketId: s.ticket.id, customerId: s.ticket.customerId, messageId: uuidv7(), channel: 'email', links, expiresAt: s.f.now + 28 * 86_400_000 };
    const changes = run('csat.requestSurvey', args, [s.ticket, s.f.customer], rules, s.f.now);
    expect(changes.map((c) => c.entity)).toEqual(['messages']);
    const [message] = rowsOf(changes, 'messages');
    expect(message).toMatchObject({ direction: 'outbound', deliveryStatus: 'queued', channel: 'email', authorId: null });
    for (const link of links) expect(message!.body).toContain(link);
    expect(message!.body).toContain('#1042');
    expect(message!.body).toContain('28 days');
  });

  it('is refused to agents, for a reopened ticket, and with the wrong number of links', () => {
    const s = setup();
    const args = { surveyId: uuidv7(), ticketId: s.ticket.id, customerId: s.ticket.customerId, messageId: uuidv7(), channel: 'sms', links: [links[0]], expiresAt: s.f.now + 1 };
    expect(rejectionOf(() => run('csat.requestSurvey', args, [s.ticket, s.f.customer], s.f.agentA, s.f.now)).code).toBe('forbidden');
    expect(rejectionOf(() => run('csat.requestSurvey', args, [{ ...s.ticket, status: 'open' }, s.f.customer], rules, s.f.now)).code).toBe('conflict');
    expect(() => run('csat.requestSurvey', { ...args, links }, [s.ticket, s.f.customer], rules, s.f.now)).toThrow();
  });
});

describe('csat.record', () => {
  it('records the answer in the ticket team; a later answer keeps the id and first time', () => {
    const s = setup();
    const args = recordArgs(s, { score: 4, lowScoreAutomationId: null });
    const [first] = rowsOf(run('csat.record', args, [s.ticket], survey, s.f.now), 'csat_responses');
    expect(first).toMatchObject({ id: args.responseId, ticketId: s.ticket.id, score: 4, comment: 'Slow', createdAt: s.f.now });
    const [second] = rowsOf(run('csat.record', { ...args, score: 5, comment: '' }, [s.ticket, first!], survey, s.f.now + 1000), 'csat_responses');
    expect(second).toMatchObject({ id: args.responseId, score: 5, comment: null, createdAt: s.f.now });
  });

  it('a new low answer reopens the solved ticket and notes it for the team leads only', () => {
    const s = setup();
    const args = recordArgs(s);
    const changes = run('csat.record', args, [s.ticket, s.low, s.lead, s.otherLead], survey, s.f.now + 5);
    expect(rowsOf(changes, 'tickets')[0]).toMatchObject({ status: 'open', updatedAt: s.f.now + 5 });
    const [note] = rowsOf(changes, 'messages');
    expect(note).toMatchObject({ direction: 'note', mentions: [s.lead.id], authorId: null });
    expect(note!.body).toContain('1/5');
    expect(note!.body).toContain('@Lena Lead');
  });

  it('acts only when an answer becomes low, and not at all above the threshold or when disabled', () => {
    const s = setup();
    const earlierLow = { id: uuidv7(), ticketId: s.ticket.id, customerId: s.ticket.customerId, score: 2, comment: null, createdAt: s.f.now };
    const again = run('csat.record', recordArgs(s, { responseId: earlierLow.id }), [s.ticket, s.low, s.lead, earlierLow], survey, s.f.now);
    expect(again.map((c) => c.entity)).toEqual(['csat_responses']);
    expect(run('csat.record', recordArgs(s, { score: 3 }), [s.ticket, s.low, s.lead], survey, s.f.now).map((c) => c.entity)).toEqual(['csat_responses']);
    const off = { ...s.low, enabled: false };
    expect(run('csat.record', recordArgs(s), [s.ticket, off, s.lead], survey, s.f.now).map((c) => c.entity)).toEqual(['csat_responses']);
    const keepOpen = { ...s.low, config: { threshold: 2, reopen: false } };
    expect(run('csat.record', recordArgs(s), [s.ticket, keepOpen, s.lead], survey, s.f.now).map((c) => c.entity)).toEqual(['csat_responses', 'messages']);
  });

  it('is refused to agents and the rules, and for an answer of another ticket', () => {
    const s = setup();
    expect(rejectionOf(() => run('csat.record', recordArgs(s), [s.ticket], s.f.agentA, s.f.now)).code).toBe('forbidden');
    expect(rejectionOf(() => run('csat.record', recordArgs(s), [s.ticket], rules, s.f.now)).code).toBe('forbidden');
    const elsewhere = { id: uuidv7(), ticketId: uuidv7(), customerId: s.ticket.customerId, score: 5, comment: null, createdAt: s.f.now };
    expect(rejectionOf(() => run('csat.record', recordArgs(s, { responseId: elsewhere.id }), [s.ticket, elsewhere], survey, s.f.now)).code).toBe('conflict');
  });
});
