import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import type { ConnectorRequest } from '../../../../src/hub/connectors/connectorRequestSchema';
import { simulatorDecision } from '../../../../src/hub/carrierSimulator/simulatorDecision';

const now = Date.UTC(2026, 11, 7, 12); // a Monday
function request(kind: ConnectorRequest['kind'], details: Record<string, unknown>, status: ConnectorRequest['shipment']['status'] = 'in_transit'): ConnectorRequest {
  return { actionId: uuidv7(), kind, details, shipment: { id: uuidv7(), carrier: 'DPD', trackingNumber: 'X1', status, destination: 'Oslo, NO' }, requestedAt: now, callbackUrl: 'http://127.0.0.1:1/cb' };
}

describe('the demo carriers\' answers', () => {
  it('accept a reschedule within two weeks with a reference, refuse beyond, on a Sunday or once out for delivery', () => {
    const ok = simulatorDecision(request('reschedule', { date: '2026-12-10' }), now);
    expect(ok).toMatchObject({ status: 'accepted', reference: expect.stringMatching(/^RS-[0-9A-F]{8}$/) });
    expect(simulatorDecision(request('reschedule', { date: '2027-01-06' }), now).reason).toMatch(/14 days/);
    expect(simulatorDecision(request('reschedule', { date: '2026-12-13' }), now).reason).toMatch(/Sunday/);
    expect(simulatorDecision(request('reschedule', { date: '2026-12-10' }, 'out_for_delivery'), now).reason).toMatch(/out for delivery/);
  });

  it('refuse an address change after dispatch, freight-sized pickups and damage claims without photos', () => {
    expect(simulatorDecision(request('change_address', {}, 'in_transit'), now).status).toBe('refused');
    expect(simulatorDecision(request('change_address', {}, 'pending'), now).status).toBe('accepted');
    expect(simulatorDecision(request('book_pickup', { pieces: 2, weightKg: 1500 }), now).reason).toMatch(/freight/);
    expect(simulatorDecision(request('claim', { claimType: 'damage', amount: 90, photos: [] }), now).reason).toMatch(/photo/);
    expect(simulatorDecision(request('claim', { claimType: 'damage', amount: 90, photos: [{}] }), now)).toMatchObject({ status: 'accepted', reference: expect.stringMatching(/^CLM-/) });
  });
});
