import { describe, expect, it } from 'vitest';
import { mapAt7Status, parseX12DateTime, shipmentStatusAfter, ticketReference } from '../../../../src/core/ingest';

describe('mapAt7Status', () => {
  it.each([
    ['AF', 'NS', 'picked_up'],
    ['X3', 'NS', 'info_received'],
    ['X6', 'NS', 'in_transit'],
    ['X1', 'NS', 'out_for_delivery'],
    ['D1', 'NS', 'delivered'],
    ['A9', 'NS', 'damaged'],
    ['SD', 'NS', 'delayed'],
    ['AP', 'A1', 'delivery_attempted'],
    ['CA', null, 'exception'],
    ['SD', 'AS', 'customs_hold'],
    ['AP', 'A2', 'address_issue'],
    ['X6', 'AO', 'delayed'],
    ['A3', 'BT', 'returned_to_sender'],
  ] as const)('%s / %s → %s', (code, reason, status) => {
    expect(mapAt7Status(code, reason)).toMatchObject({ status, flagged: false });
  });

  it('keeps a final delivered even when the reason says otherwise', () => {
    expect(mapAt7Status('D1', 'AO').status).toBe('delivered');
  });

  it('maps an unknown status code to unknown and flags it; an unknown reason flags but keeps the status', () => {
    expect(mapAt7Status('QQ', 'NS')).toEqual({ status: 'unknown', flagged: true, description: 'Unknown status code QQ — Normal Status' });
    expect(mapAt7Status('X6', 'Q9')).toMatchObject({ status: 'in_transit', flagged: true });
  });
});

describe('parseX12DateTime', () => {
  it('applies known time codes and marks local time', () => {
    expect(parseX12DateTime('20261123', '0600', 'CT')).toEqual({ ok: true, at: Date.UTC(2026, 10, 23, 12), localTime: false });
    expect(parseX12DateTime('261123', '060030', null)).toEqual({ ok: true, at: Date.UTC(2026, 10, 23, 6, 0, 30), localTime: true });
    expect(parseX12DateTime('20260230', '0600', 'UT')).toMatchObject({ ok: false });
    expect(parseX12DateTime('2026-11-23', '0600', 'UT')).toMatchObject({ ok: false });
  });
});

describe('shipmentStatusAfter', () => {
  it('moves the shipment on, ignores unknown, and leaves final states to final events', () => {
    expect(shipmentStatusAfter('picked_up', 'pending')).toBe('in_transit');
    expect(shipmentStatusAfter('customs_hold', 'in_transit')).toBe('exception');
    expect(shipmentStatusAfter('unknown', 'in_transit')).toBe('in_transit');
    expect(shipmentStatusAfter('in_transit', 'delivered')).toBe('delivered');
    expect(shipmentStatusAfter('returned_to_sender', 'delivered')).toBe('returned');
  });
});

describe('ticketReference', () => {
  it.each([
    ['Re: [#1042] Proof of delivery', 1042],
    ['RE: Ticket #77 still open', 77],
    ['Fwd: [Relay #1043] Damage', 1043],
    ['ticket 5 update', 5],
    ['Order 1042 question', null],
    ['#1042 without brackets', null],
  ] as const)('%s → %s', (subject, n) => {
    expect(ticketReference(subject)).toBe(n);
  });
});
