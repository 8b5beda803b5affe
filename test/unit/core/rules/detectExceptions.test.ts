import { describe, expect, it } from 'vitest';
import { detectExceptions, exceptionSeverity, type ShipmentFacts } from '../../../../src/core/rules';
import type { ExceptionType, TrackingStatus } from '../../../../src/core';
import { HOUR, T0, scans, shipment } from './exceptionsFixtures';

const types = (s: ShipmentFacts, steps: Array<[number, TrackingStatus]>, nowHours: number): ExceptionType[] =>
  detectExceptions(s, scans(...steps), T0 + nowHours * HOUR).map((e) => e.type).sort();

describe('detectExceptions: which conditions are open', () => {
  const cases: Array<{ name: string; s?: Partial<ShipmentFacts>; steps: Array<[number, TrackingStatus]>; now: number; expected: ExceptionType[] }> = [
    { name: 'a healthy shipment has none', steps: [[0, 'picked_up'], [10, 'in_transit']], now: 20, expected: [] },
    { name: 'ETA past the promised date is a delay', s: { eta: T0 + 120 * HOUR }, steps: [[0, 'picked_up']], now: 5, expected: ['delay'] },
    { name: 'promised date passed without delivery is a delay', s: { promisedAt: T0 + 24 * HOUR, eta: null }, steps: [[0, 'picked_up'], [20, 'in_transit']], now: 30, expected: ['delay'] },
    { name: 'an explicit delayed scan is a delay', steps: [[0, 'picked_up'], [5, 'delayed']], now: 6, expected: ['delay'] },
    { name: 'delivery clears a delay', steps: [[0, 'picked_up'], [5, 'delayed'], [30, 'delivered']], now: 200, expected: [] },
    { name: 'damaged stays after delivery', steps: [[0, 'picked_up'], [5, 'damaged'], [30, 'delivered']], now: 40, expected: ['damaged'] },
    { name: 'lost', steps: [[0, 'picked_up'], [5, 'lost']], now: 6, expected: ['lost'] },
    { name: 'a scan after "lost" means found', steps: [[0, 'picked_up'], [5, 'lost'], [9, 'arrived_at_facility']], now: 10, expected: [] },
    { name: 'customs hold', s: { mode: 'air' }, steps: [[0, 'picked_up'], [5, 'customs_hold']], now: 6, expected: ['customs_hold'] },
    { name: 'customs cleared ends the hold', s: { mode: 'air' }, steps: [[0, 'picked_up'], [5, 'customs_hold'], [8, 'customs_cleared']], now: 9, expected: [] },
    { name: 'attempted delivery', steps: [[0, 'picked_up'], [20, 'delivery_attempted']], now: 21, expected: ['failed_delivery'] },
    { name: 'delivered after an attempt', steps: [[0, 'picked_up'], [20, 'delivery_attempted'], [44, 'delivered']], now: 45, expected: [] },
    { name: 'address issue', steps: [[0, 'picked_up'], [20, 'address_issue']], now: 21, expected: ['address_issue'] },
    { name: 'out for delivery again after an address fix', steps: [[0, 'picked_up'], [20, 'address_issue'], [30, 'out_for_delivery']], now: 31, expected: [] },
    { name: 'refused', steps: [[0, 'picked_up'], [20, 'refused']], now: 21, expected: ['refused'] },
    {
      name: 'returned to sender replaces the failed delivery and stops delay checks',
      s: { promisedAt: T0 + 24 * HOUR },
      steps: [[0, 'picked_up'], [20, 'delivery_attempted'], [60, 'returned_to_sender']],
      now: 70,
      expected: ['returned'],
    },
    { name: 'parcel silent 47 h is fine', steps: [[0, 'picked_up'], [1, 'in_transit']], now: 48, expected: [] },
    { name: 'parcel silent 48 h is stale', steps: [[0, 'picked_up'], [1, 'in_transit']], now: 49, expected: ['stale'] },
    { name: 'LTL silent 60 h is fine', s: { mode: 'ltl' }, steps: [[0, 'picked_up']], now: 60, expected: [] },
    { name: 'LTL silent 72 h is stale', s: { mode: 'ltl' }, steps: [[0, 'picked_up']], now: 72, expected: ['stale'] },
    { name: 'ocean silent 9 days is fine', s: { mode: 'ocean', promisedAt: null, eta: null }, steps: [[0, 'departed_facility']], now: 9 * 24, expected: [] },
    { name: 'ocean silent 10 days is stale', s: { mode: 'ocean', promisedAt: null, eta: null }, steps: [[0, 'departed_facility']], now: 10 * 24, expected: ['stale'] },
    { name: 'a label never picked up is not stale', steps: [[0, 'info_received']], now: 80, expected: [] },
    { name: 'delivered is never stale', s: { promisedAt: null }, steps: [[0, 'picked_up'], [2, 'delivered']], now: 500, expected: [] },
    { name: 'delivered by status without a scan clears delay', s: { status: 'delivered', eta: T0 + 200 * HOUR }, steps: [[0, 'picked_up']], now: 300, expected: [] },
  ];
  it.each(cases)('$name', ({ s, steps, now, expected }) => {
    expect(types(shipment(s), steps, now)).toEqual(expected);
  });

  it('sorts scans by time: a late-arriving earlier scan does not undo a delivery', () => {
    const events = [
      { id: 'a', status: 'delivered' as const, occurredAt: T0 + 30 * HOUR },
      { id: 'b', status: 'delivery_attempted' as const, occurredAt: T0 + 20 * HOUR },
    ];
    expect(detectExceptions(shipment(), events, T0 + 31 * HOUR)).toEqual([]);
  });

  it('honours a configured stale threshold per mode', () => {
    const found = detectExceptions(shipment(), scans([0, 'picked_up']), T0 + 13 * HOUR, { staleThresholds: { parcel: 12 * HOUR } });
    expect(found.map((e) => e.type)).toEqual(['stale']);
    expect(found[0]!.since).toBe(T0 + 12 * HOUR);
  });

  it('gives every exception a shipmentId:type dedupe key and is idempotent', () => {
    const s = shipment({ eta: T0 + 200 * HOUR });
    const steps = scans([0, 'picked_up'], [5, 'damaged']);
    const first = detectExceptions(s, steps, T0 + 6 * HOUR);
    expect(first.map((e) => e.dedupeKey).sort()).toEqual([`${s.id}:damaged`, `${s.id}:delay`]);
    expect(detectExceptions(s, steps, T0 + 6 * HOUR)).toEqual(first);
  });

  it('a resent "delayed" scan keeps the delay starting at the promised date', () => {
    const s = shipment({ promisedAt: T0 + 10 * HOUR, eta: null });
    const a = detectExceptions(s, scans([0, 'picked_up'], [12, 'delayed']), T0 + 13 * HOUR);
    const b = detectExceptions(s, scans([0, 'picked_up'], [12, 'delayed'], [20, 'delayed']), T0 + 21 * HOUR);
    expect(a[0]!.since).toBe(T0 + 10 * HOUR);
    expect(b[0]!.since).toBe(T0 + 10 * HOUR);
  });

  it('counts delivery attempts for severity', () => {
    const once = detectExceptions(shipment(), scans([0, 'picked_up'], [20, 'delivery_attempted']), T0 + 21 * HOUR);
    const twice = detectExceptions(shipment(), scans([0, 'picked_up'], [20, 'delivery_attempted'], [44, 'delivery_attempted']), T0 + 45 * HOUR);
    expect(once[0]).toMatchObject({ type: 'failed_delivery', severity: 'medium', since: T0 + 20 * HOUR, eventId: 'e1' });
    expect(twice[0]).toMatchObject({ type: 'failed_delivery', severity: 'high', since: T0 + 20 * HOUR, eventId: 'e2' });
  });
});

describe('exceptionSeverity table', () => {
  const cases: Array<[string, ExceptionType, Partial<ShipmentFacts>, Parameters<typeof exceptionSeverity>[2], string]> = [
    ['delay 5 h late', 'delay', {}, { lateByMs: 5 * HOUR }, 'low'],
    ['delay 30 h late', 'delay', {}, { lateByMs: 30 * HOUR }, 'medium'],
    ['delay 4 days late', 'delay', {}, { lateByMs: 96 * HOUR }, 'high'],
    ['delay 4 days late, platinum', 'delay', { customerTier: 'platinum' }, { lateByMs: 96 * HOUR }, 'critical'],
    ['explicit delay without dates', 'delay', {}, {}, 'medium'],
    ['damaged, low value', 'damaged', {}, {}, 'high'],
    ['damaged, high value', 'damaged', { declaredValue: 8_000 }, {}, 'critical'],
    ['lost, platinum', 'lost', { customerTier: 'platinum' }, {}, 'critical'],
    ['lost, gold, low value', 'lost', { customerTier: 'gold' }, {}, 'high'],
    ['customs hold 10 h', 'customs_hold', {}, { heldMs: 10 * HOUR }, 'medium'],
    ['customs hold 4 days', 'customs_hold', {}, { heldMs: 96 * HOUR }, 'high'],
    ['address issue', 'address_issue', {}, {}, 'medium'],
    ['address issue, platinum', 'address_issue', { customerTier: 'platinum' }, {}, 'high'],
    ['refused', 'refused', {}, {}, 'high'],
    ['returned', 'returned', {}, {}, 'high'],
    ['stale just past threshold', 'stale', {}, { silentMs: 50 * HOUR, staleThresholdMs: 48 * HOUR }, 'medium'],
    ['stale twice the threshold', 'stale', {}, { silentMs: 96 * HOUR, staleThresholdMs: 48 * HOUR }, 'high'],
  ];
  it.each(cases)('%s', (_name, type, s, inputs, expected) => {
    expect(exceptionSeverity(type, shipment(s), inputs)).toBe(expected);
  });
});
