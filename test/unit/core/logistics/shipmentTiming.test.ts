import { describe, expect, it } from 'vitest';
import { shipmentTiming } from '../../../../src/core';

const DAY = 86_400_000;
const NOV1 = Date.UTC(2026, 10, 1, 12, 0);
const DEC7 = Date.UTC(2026, 11, 7, 9, 0);

describe('shipmentTiming: late is judged now, not by the last status', () => {
  it('a shipment whose ETA and promise were 1 November, undelivered, is late on 7 December whatever its status', () => {
    for (const status of ['in_transit', 'out_for_delivery', 'exception', 'pending'] as const) {
      expect(shipmentTiming({ status, promisedDate: NOV1, eta: NOV1, deliveredAt: null }, DEC7), status).toEqual({ state: 'late', delayMs: DEC7 - NOV1 });
    }
  });

  it('past its ETA with no promise is late against the ETA; before it, on time', () => {
    expect(shipmentTiming({ status: 'in_transit', promisedDate: null, eta: NOV1, deliveredAt: null }, NOV1 + 2 * DAY)).toEqual({ state: 'late', delayMs: 2 * DAY });
    expect(shipmentTiming({ status: 'in_transit', promisedDate: null, eta: NOV1, deliveredAt: null }, NOV1 - DAY).state).toBe('on_time');
  });

  it('an ETA beyond the promise is late before the promise passes; within an hour is on time', () => {
    expect(shipmentTiming({ status: 'in_transit', promisedDate: NOV1, eta: NOV1 + DAY, deliveredAt: null }, NOV1 - 3 * DAY)).toEqual({ state: 'late', delayMs: DAY });
    expect(shipmentTiming({ status: 'in_transit', promisedDate: NOV1, eta: NOV1 + 30 * 60_000, deliveredAt: null }, NOV1 - DAY).state).toBe('on_time');
  });

  it('delivered: the delivery against the promise, however long ago', () => {
    expect(shipmentTiming({ status: 'delivered', promisedDate: NOV1, eta: NOV1, deliveredAt: NOV1 - DAY }, DEC7)).toEqual({ state: 'on_time', delayMs: -DAY });
    expect(shipmentTiming({ status: 'delivered', promisedDate: NOV1, eta: NOV1, deliveredAt: NOV1 + 2 * DAY }, DEC7)).toEqual({ state: 'late', delayMs: 2 * DAY });
  });

  it('nothing to judge: cancelled, returned, or neither ETA nor promise', () => {
    expect(shipmentTiming({ status: 'cancelled', promisedDate: NOV1, eta: NOV1, deliveredAt: null }, DEC7).state).toBe('unknown');
    expect(shipmentTiming({ status: 'returned', promisedDate: NOV1, eta: NOV1, deliveredAt: null }, DEC7).state).toBe('unknown');
    expect(shipmentTiming({ status: 'in_transit', promisedDate: null, eta: null, deliveredAt: null }, DEC7)).toEqual({ state: 'unknown', delayMs: null });
  });
});
