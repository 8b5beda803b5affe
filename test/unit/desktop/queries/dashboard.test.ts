import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { getDashboard } from '../../../../src/desktop/queries/dashboard/getDashboard';
import { getDashboardRange } from '../../../../src/desktop/queries/dashboard/getDashboardRange';
import { queryCustomerSegments } from '../../../../src/desktop/queries/dashboard/queryCustomerSegments';
import { base, DAY, HOUR, writeDashboardWorld } from '../../../fixtures/desktop/dashboardFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

// Every expected figure below is counted by hand from the rows in dashboardFixtures.ts.
describe('dashboard queries on a replica', () => {
  const dir = tempDir();
  let store: LocalStore;
  let world: ReturnType<typeof writeDashboardWorld>;
  const now = base + 3 * DAY + 12 * HOUR;
  const period = { from: base, to: base + 3 * DAY, utcOffsetMinutes: 0 };
  const days = [base, base + DAY, base + 2 * DAY];

  beforeAll(() => {
    store = openLocalStore(dir.file('dashboard.sqlite'));
    world = writeDashboardWorld(store);
  });
  afterAll(() => {
    store.close();
    dir.remove();
  });
  const teamA = () => getDashboard(store.db, { ...period, teamId: world.teamA.id }, now);

  it('buckets a 3-day period by day and lists the teams whose tickets it holds', () => {
    const d = teamA();
    expect(d.period).toEqual({ from: base, to: base + 3 * DAY, granularity: 'day', buckets: days });
    expect(d.teams.map((t) => t.name)).toEqual(['Freight Desk', 'Parcel Support']);
  });

  it('counts open tickets now by status and channel, for one team or all', () => {
    const d = teamA();
    // t2 open chat, t3 pending email, t5 new phone, t7 open social, t8 on hold email.
    expect(d.openTickets.total).toBe(5);
    expect(d.openTickets.byStatus).toEqual([
      { status: 'new', count: 1 },
      { status: 'open', count: 2 },
      { status: 'pending', count: 1 },
      { status: 'on_hold', count: 1 },
    ]);
    expect(d.openTickets.byChannel).toEqual([
      { channel: 'email', count: 2 },
      { channel: 'chat', count: 1 },
      { channel: 'sms', count: 0 },
      { channel: 'social', count: 1 },
      { channel: 'phone', count: 1 },
    ].filter((c) => c.count > 0));
    // Team B's open email ticket t6 joins without the filter.
    expect(getDashboard(store.db, period, now).openTickets.total).toBe(6);
  });

  it('takes medians of first response and resolution times by the day they happened', () => {
    const d = teamA();
    // First replies in the period: t1 1 h (day 0), t2 3 h (day 1); t4's was before it.
    expect(d.responseTimes.firstResponse).toEqual({ count: 2, medianMs: 2 * HOUR });
    // Solved in the period: t1 4 h (day 0), t4 102 h (day 2).
    expect(d.responseTimes.resolution).toEqual({ count: 2, medianMs: 53 * HOUR });
    expect(d.responseTimes.series).toEqual([
      { at: days[0], firstResponses: 1, firstResponseMedianMs: HOUR, resolutions: 1, resolutionMedianMs: 4 * HOUR },
      { at: days[1], firstResponses: 1, firstResponseMedianMs: 3 * HOUR, resolutions: 0, resolutionMedianMs: null },
      { at: days[2], firstResponses: 0, firstResponseMedianMs: null, resolutions: 1, resolutionMedianMs: 102 * HOUR },
    ]);
    // With team B's 10-minute reply the median of three is the middle one.
    expect(getDashboard(store.db, period, now).responseTimes.firstResponse).toEqual({ count: 3, medianMs: HOUR });
  });

  it('counts SLA targets met or missed when decided; paused-before-due and running targets do not count', () => {
    const d = teamA();
    // FR: t1 met (day 0); t2 late (due day 1), t8 unanswered past due then paused (day 1), t5 unanswered (day 2).
    expect(d.sla.firstResponse).toEqual({ met: 1, missed: 3 });
    // Resolution: t1 solved late (due day 0), t2 past due (day 1) missed; t4 met (day 2); t3 paused, t5/t7/t8 not due.
    expect(d.sla.resolution).toEqual({ met: 1, missed: 2 });
    expect(d.sla.series).toEqual([
      { at: days[0], firstResponseMet: 1, firstResponseMissed: 0, resolutionMet: 0, resolutionMissed: 1 },
      { at: days[1], firstResponseMet: 0, firstResponseMissed: 2, resolutionMet: 0, resolutionMissed: 1 },
      { at: days[2], firstResponseMet: 0, firstResponseMissed: 1, resolutionMet: 1, resolutionMissed: 0 },
    ]);
  });

  it('averages CSAT responses received in the period and counts 4–5 as satisfied', () => {
    const d = teamA();
    // 5 (day 0), 3 and 4 (day 2); the 2 came before the period, the 1 is team B's.
    expect(d.csat).toMatchObject({ responses: 3, average: 4, satisfied: 2 });
    expect(d.csat.series).toEqual([
      { at: days[0], responses: 1, average: 5, satisfied: 1 },
      { at: days[1], responses: 0, average: null, satisfied: 0 },
      { at: days[2], responses: 2, average: 3.5, satisfied: 1 },
    ]);
    expect(getDashboard(store.db, period, now).csat).toMatchObject({ responses: 4, average: 3.25, satisfied: 2 });
  });

  it('counts exceptions by type on the day they were detected', () => {
    const d = teamA();
    expect(d.exceptions.total).toBe(4);
    expect(d.exceptions.byType).toEqual([
      { type: 'delay', count: 2 },
      { type: 'damaged', count: 1 },
      { type: 'lost', count: 1 },
    ]);
    expect(d.exceptions.series).toEqual([
      { at: days[0], counts: { delay: 1 } },
      { at: days[1], counts: { delay: 1, damaged: 1 } },
      { at: days[2], counts: { lost: 1 } },
    ]);
  });

  it('rates delivered shipments with a promise as on time when delivered by the promised time', () => {
    const d = teamA();
    // s1 on time (day 0), s2 an hour late (day 1), s3 exactly on the promise (day 2).
    expect(d.delivery).toEqual({
      delivered: 3,
      onTime: 2,
      series: [
        { at: days[0], delivered: 1, onTime: 1 },
        { at: days[1], delivered: 1, onTime: 0 },
        { at: days[2], delivered: 1, onTime: 1 },
      ],
    });
  });

  it('buckets customers with orders in the period by frequency, volume, revenue, exception rate and segment', () => {
    const s = queryCustomerSegments(store.db, period);
    // cA: 2 orders, 45 units, €500 + £10,000 × 1.16 = €12,100, 1 shipment with an exception.
    // cB: 1 order, 1 unit, 1,000 SEK × 0.087 = €87, 2 shipments, 1 with exceptions.
    // cC: 1 order in the period, 200 units, unknown currency (€0), 1 shipment, none with an exception.
    expect(s.customers).toBe(3);
    const pick = (rows: typeof s.frequency) => rows.map((r) => [r.key, r.customers]);
    expect(pick(s.frequency)).toEqual([['1', 2], ['2-3', 1], ['4-9', 0], ['10+', 0]]);
    expect(pick(s.volume)).toEqual([['<10', 1], ['10-49', 1], ['50-199', 0], ['200+', 1]]);
    expect(pick(s.revenue)).toEqual([['<1k', 2], ['1k-10k', 0], ['10k-50k', 1], ['50k+', 0]]);
    expect(pick(s.exceptionRate)).toEqual([['0', 1], ['<25', 0], ['25-50', 0], ['50+', 2]]);
    expect(pick(s.segment)).toEqual([['consumer', 1], ['e-commerce', 1], ['industrial', 1]]);
    const top = s.revenue.find((r) => r.key === '10k-50k');
    expect(top).toMatchObject({ orders: 2, units: 45, shipments: 1, shipmentsWithException: 1, exceptionRate: 1 });
    expect(top?.revenueEur).toBeCloseTo(12_100, 6);
    const rated = s.exceptionRate.find((r) => r.key === '50+');
    expect(rated).toMatchObject({ customers: 2, shipments: 3, shipmentsWithException: 2 });
    expect(rated?.exceptionRate).toBeCloseTo(2 / 3, 9);
  });

  it('begins days at the viewer\'s local midnight', () => {
    // UTC+2: local day 0 runs base − 2 h … base + 22 h and catches the 2 scored just before base.
    const local = getDashboard(store.db, { from: base - 2 * HOUR, to: base + 3 * DAY - 2 * HOUR, utcOffsetMinutes: 120, teamId: world.teamA.id }, now);
    expect(local.period.buckets).toEqual(days.map((d) => d - 2 * HOUR));
    expect(local.csat.series.map((p) => [p.responses, p.average])).toEqual([[2, 3.5], [0, null], [2, 3.5]]);
  });

  it('draws periods longer than a month week by week, Mondays first', () => {
    const d = getDashboard(store.db, { from: base - 40 * DAY, to: base + 3 * DAY, utcOffsetMinutes: 0 }, now);
    expect(d.period.granularity).toBe('week');
    // 10 Nov 2026 is a Tuesday: its week began on Monday 9 Nov.
    expect(d.period.buckets.at(-1)).toBe(base - DAY);
    expect(d.period.buckets.every((b) => new Date(b).getUTCDay() === 1)).toBe(true);
    expect(d.exceptions.series.at(-1)?.counts).toEqual({ delay: 4, damaged: 1, lost: 1 });
    expect(d.exceptions.series.at(-2)?.counts).toEqual({});
  });

  it('answers the first and last activity in the replica, and an empty period with zeros', () => {
    // Earliest: shipment s6 created base − 5 d; latest: ticket t7 created base + 3 d + 1 h.
    expect(getDashboardRange(store.db)).toEqual({ earliest: base - 5 * DAY, latest: base + 3 * DAY + HOUR });
    const empty = getDashboard(store.db, { from: base + 30 * DAY, to: base + 37 * DAY, utcOffsetMinutes: 0 }, now);
    expect(empty.responseTimes.firstResponse).toEqual({ count: 0, medianMs: null });
    expect(empty.csat.average).toBeNull();
    expect(empty.exceptions.total).toBe(0);
    expect(queryCustomerSegments(store.db, { from: base + 30 * DAY, to: base + 37 * DAY }).customers).toBe(0);
    expect(empty.period.buckets).toHaveLength(7);
  });
});
