import { describe, expect, it } from 'vitest';
import { uuidv7, type UrgentException } from '../../../../src/core';
import { freshUrgentExceptions, freshForMs } from '../../../../src/renderer/exceptions/freshUrgentExceptions';

const now = Date.UTC(2026, 11, 1, 12, 0);
const urgent = (detectedAt: number): UrgentException => ({
  id: uuidv7(detectedAt),
  type: 'lost',
  severity: 'critical',
  status: 'open',
  ticketId: null,
  customerId: uuidv7(),
  customerName: 'Acme',
  detectedAt,
});

describe('freshUrgentExceptions', () => {
  it('alerts once for a just-detected exception, never for old rows arriving by sync', () => {
    const seen = new Set<string>();
    const old = urgent(now - freshForMs - 1);
    const existing = urgent(now - 60_000);
    expect(freshUrgentExceptions([existing], seen, now)).toEqual([existing]);
    const arrived = urgent(now - 5_000);
    expect(freshUrgentExceptions([arrived, existing, old], seen, now)).toEqual([arrived]);
    expect(freshUrgentExceptions([arrived, existing, old], seen, now)).toEqual([]);
  });
});
