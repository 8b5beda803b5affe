import { describe, expect, it } from 'vitest';
import { detectExceptions, reconcileExceptions, type KnownException } from '../../../../src/core/rules';
import { HOUR, T0, scans, shipment } from './exceptionsFixtures';

const known = (over: Partial<KnownException>): KnownException => ({
  id: 'x1',
  type: 'delay',
  status: 'open',
  severity: 'medium',
  resolvedAt: null,
  ...over,
});

describe('reconcileExceptions', () => {
  const s = shipment({ promisedAt: T0 + 10 * HOUR, eta: null });
  const delayed = detectExceptions(s, scans([0, 'picked_up'], [12, 'delayed']), T0 + 13 * HOUR);

  it('opens what is new', () => {
    expect(reconcileExceptions(delayed, []).open.map((d) => d.type)).toEqual(['delay']);
  });

  it('does not open a second one while one is open or acknowledged', () => {
    for (const status of ['open', 'acknowledged'] as const) {
      const plan = reconcileExceptions(delayed, [known({ status, severity: 'low' })]);
      expect(plan.open).toEqual([]);
      expect(plan.resolve).toEqual([]);
    }
  });

  it('resolves what is no longer detected (delivered clears the delay)', () => {
    const afterDelivery = detectExceptions(s, scans([0, 'picked_up'], [12, 'delayed'], [20, 'delivered']), T0 + 21 * HOUR);
    const plan = reconcileExceptions(afterDelivery, [known({}), known({ id: 'old', status: 'resolved', resolvedAt: T0 })]);
    expect(plan.resolve.map((k) => k.id)).toEqual(['x1']);
    expect(plan.open).toEqual([]);
  });

  it('does not reopen a condition resolved by hand after it began', () => {
    const plan = reconcileExceptions(delayed, [known({ status: 'resolved', resolvedAt: T0 + 12.5 * HOUR })]);
    expect(plan.open).toEqual([]);
  });

  it('reopens when the condition began again after the resolution', () => {
    const damagedAgain = detectExceptions(s, scans([0, 'picked_up'], [5, 'damaged'], [30, 'damaged']), T0 + 31 * HOUR);
    const plan = reconcileExceptions(damagedAgain, [known({ type: 'damaged', status: 'resolved', resolvedAt: T0 + 10 * HOUR })]);
    expect(plan.open.map((d) => d.type)).toContain('damaged');
  });

  it('escalates but never lowers severity', () => {
    const late = detectExceptions(s, scans([0, 'picked_up']), T0 + 100 * HOUR);
    expect(late.find((d) => d.type === 'delay')?.severity).toBe('high');
    expect(reconcileExceptions(late, [known({ severity: 'low' })]).escalate).toMatchObject([{ severity: 'high' }]);
    expect(reconcileExceptions(delayed, [known({ severity: 'critical' })]).escalate).toEqual([]);
  });
});
