import { describe, expect, it } from 'vitest';
import { computeReport, type ReportScope, type ReportSource } from '../../../../src/core';

const H = 3_600_000;
const T0 = Date.UTC(2026, 5, 1);
const scope: ReportScope = { from: T0, to: T0 + 30 * 24 * H, teamIds: ['team-a'] };
const meta = { teamId: 'team-a', source: 'replica' } as const;

const ticket = (id: string, over: Partial<ReportSource['tickets'][number]> = {}): ReportSource['tickets'][number] => ({
  id,
  teamId: 'team-a',
  assigneeId: 'ann',
  createdAt: T0 + H,
  firstRespondedAt: null,
  solvedAt: null,
  tags: [],
  fields: {},
  ...over,
});
const shipment = (id: string, over: Partial<ReportSource['shipments'][number]> = {}): ReportSource['shipments'][number] => ({
  id,
  carrier: 'DHL',
  origin: 'Rotterdam',
  destination: 'Berlin',
  status: 'in_transit',
  promisedDate: null,
  lastEventAt: null,
  createdAt: T0 + H,
  ...over,
});

const source: ReportSource = {
  agents: [
    { id: 'ann', name: 'Ann' },
    { id: 'bob', name: 'Bob' },
  ],
  tickets: [
    ticket('t1', { firstRespondedAt: T0 + 2 * H, solvedAt: T0 + 5 * H, tags: ['damage', 'damage', 'late'], fields: { reason: 'Damaged', areas: ['A', 'B', 'A'] } }),
    ticket('t2', { firstRespondedAt: T0 + 5 * H, tags: ['late'], fields: { reason: 'Late', amount: 12 } }),
    ticket('t3', { assigneeId: 'bob', firstRespondedAt: T0 + 2 * H, createdAt: T0 + 3 * H }),
    // Before the period: its solve in the period counts for Ann, its creation not for reasons.
    ticket('t4', { createdAt: T0 - 10 * H, solvedAt: T0 + 10 * H, tags: ['late'] }),
    // Another team: never counted.
    ticket('x1', { teamId: 'team-b', firstRespondedAt: T0 + 2 * H, solvedAt: T0 + 3 * H, tags: ['late'] }),
  ],
  messages: [
    { ticketId: 't1', authorId: 'ann', direction: 'outbound', createdAt: T0 + 2 * H },
    { ticketId: 't1', authorId: 'ann', direction: 'note', createdAt: T0 + 2 * H },
    { ticketId: 't3', authorId: 'ann', direction: 'outbound', createdAt: T0 + 4 * H },
    { ticketId: 't1', authorId: 'ann', direction: 'outbound', createdAt: T0 - H },
    { ticketId: 'x1', authorId: 'bob', direction: 'outbound', createdAt: T0 + 2 * H },
  ],
  csat: [
    { ticketId: 't1', score: 5, createdAt: T0 + 6 * H },
    { ticketId: 't2', score: 2, createdAt: T0 + 6 * H },
    { ticketId: 'x1', score: 1, createdAt: T0 + 6 * H },
  ],
  shipments: [
    shipment('s1', { status: 'delivered', promisedDate: T0 + 10 * H, lastEventAt: T0 + 9 * H }),
    shipment('s2', { status: 'delivered', promisedDate: T0 + 10 * H, lastEventAt: T0 + 14 * H }),
    shipment('s3', { status: 'delivered', promisedDate: T0 + 10 * H, lastEventAt: T0 + 12 * H }),
    shipment('s4', { destination: 'Paris' }),
    // Created before the period, delivered in it: counts as a delivery, not as a shipment.
    shipment('s5', { carrier: 'UPS', createdAt: T0 - 5 * H, status: 'delivered', promisedDate: T0 + 2 * H, lastEventAt: T0 + 2 * H }),
    // Delivered without a promise: not in the on-time figures.
    shipment('s6', { carrier: 'UPS', status: 'delivered', lastEventAt: T0 + 2 * H }),
  ],
  exceptions: [
    { shipmentId: 's1', teamId: 'team-a', detectedAt: T0 + 5 * H },
    { shipmentId: 's5', teamId: 'team-a', detectedAt: T0 + 5 * H },
    { shipmentId: 's1', teamId: 'team-b', detectedAt: T0 + 5 * H },
    { shipmentId: 's2', teamId: 'team-a', detectedAt: T0 - 5 * H },
  ],
  fieldDefs: [
    { key: 'reason', label: 'Reason', type: 'single_select' },
    { key: 'areas', label: 'Areas', type: 'multi_select' },
    { key: 'amount', label: 'Amount', type: 'number' },
  ],
};

describe('computeReport', () => {
  it('per agent: outbound replies, solves, median first response and CSAT of their tickets, in the team and period', () => {
    const answer = computeReport('agents', source, scope, meta);
    expect(answer.rows).toEqual([
      { agentId: 'ann', agentName: 'Ann', replies: 2, solved: 2, firstResponses: 2, medianFirstResponseMs: 2.5 * H, csatResponses: 2, csatAverage: 3.5 },
      { agentId: 'bob', agentName: 'Bob', replies: 0, solved: 0, firstResponses: 1, medianFirstResponseMs: 0, csatResponses: 0, csatAverage: null },
    ]);
  });

  it('per carrier: on-time %, exceptions per 1,000 shipments and the median delay of late deliveries', () => {
    const answer = computeReport('carriers', source, scope, meta);
    expect(answer.total).toBe(5);
    expect(answer.rows[0]).toEqual({
      carrier: 'DHL',
      shipments: 4,
      delivered: 3,
      onTime: 1,
      onTimeRate: 1 / 3,
      exceptions: 1,
      exceptionsPer1000: 250,
      late: 2,
      medianDelayHours: 3,
    });
    expect(answer.rows[1]).toMatchObject({ carrier: 'UPS', shipments: 1, delivered: 1, onTime: 1, exceptions: 1, exceptionsPer1000: 1000, medianDelayHours: null });
  });

  it('per lane: origin → destination as the shipment carries them', () => {
    const answer = computeReport('lanes', source, scope, meta);
    if (answer.kind !== 'lanes') throw new Error('kind');
    expect(answer.rows.map((r) => [r.origin, r.destination, r.shipments])).toEqual([
      ['Rotterdam', 'Berlin', 4],
      ['Rotterdam', 'Paris', 1],
    ]);
  });

  it('contact reasons: tickets created in the period per tag, and per select-field value (each multi-select choice once)', () => {
    const tags = computeReport('tags', source, scope, meta);
    expect(tags.total).toBe(3);
    expect(tags.rows).toEqual([
      { tag: 'late', tickets: 2, share: 2 / 3 },
      { tag: 'damage', tickets: 1, share: 1 / 3 },
    ]);
    const fields = computeReport('fields', source, scope, meta);
    if (fields.kind !== 'fields') throw new Error('kind');
    expect(fields.rows.map((r) => [r.fieldLabel, r.value, r.tickets])).toEqual([
      ['Areas', 'A', 1],
      ['Areas', 'B', 1],
      ['Reason', 'Damaged', 1],
      ['Reason', 'Late', 1],
    ]);
  });

  it('without a team filter counts every team in the source', () => {
    const answer = computeReport('agents', source, { ...scope, teamIds: null }, { teamId: null, source: 'hub' });
    if (answer.kind !== 'agents') throw new Error('kind');
    expect(answer.rows.find((r) => r.agentId === 'bob')?.replies).toBe(1);
  });
});
