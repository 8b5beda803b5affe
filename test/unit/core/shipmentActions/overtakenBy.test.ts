import { describe, expect, it } from 'vitest';
import { overtakenBy } from '../../../../src/core';

describe('a tracking update settles pending actions it makes moot', () => {
  it('accepts a pending cancel when the shipment is cancelled, refuses delivery changes once delivered', () => {
    expect(overtakenBy({ state: 'sent', kind: 'cancel' }, 'cancelled')).toMatchObject({ state: 'accepted' });
    expect(overtakenBy({ state: 'waiting', kind: 'reschedule' }, 'delivered')).toMatchObject({ state: 'refused', reason: expect.stringMatching(/delivered before/) });
    expect(overtakenBy({ state: 'requested', kind: 'change_address' }, 'out_for_delivery')).toMatchObject({ state: 'refused' });
  });

  it('leaves claims, pickups, answered actions and unrelated moves alone', () => {
    expect(overtakenBy({ state: 'sent', kind: 'claim' }, 'delivered')).toBeNull();
    expect(overtakenBy({ state: 'sent', kind: 'book_pickup' }, 'delivered')).toBeNull();
    expect(overtakenBy({ state: 'accepted', kind: 'reschedule' }, 'delivered')).toBeNull();
    expect(overtakenBy({ state: 'sent', kind: 'reschedule' }, 'out_for_delivery')).toBeNull();
  });
});
