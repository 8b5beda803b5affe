import { describe, expect, it } from 'vitest';
import { matchTicketForShipment, type ShipmentRefs, type TicketCandidate } from '../../../../src/core/rules';

const shipmentRefs: ShipmentRefs = { id: 'S1', trackingNumber: '1Z999AA10123456784', orderId: 'O1', orderNumber: 'SO-104233', customerId: 'C1' };
const ticket = (over: Partial<TicketCandidate>): TicketCandidate => ({
  id: 'T',
  status: 'open',
  subject: 'Where is my parcel?',
  customerId: 'C1',
  shipmentId: null,
  orderId: null,
  lastMessageAt: 1,
  texts: [],
  ...over,
});

describe('matchTicketForShipment', () => {
  const cases: Array<[string, TicketCandidate[], { ticketId: string; reason: string } | null]> = [
    ['no tickets', [], null],
    ['linked by shipment', [ticket({ id: 'A', shipmentId: 'S1' })], { ticketId: 'A', reason: 'shipment_link' }],
    ['linked by order', [ticket({ id: 'A', orderId: 'O1' })], { ticketId: 'A', reason: 'order_link' }],
    ['tracking number in subject, any case', [ticket({ id: 'A', subject: 'Parcel 1z999aa10123456784 late' })], { ticketId: 'A', reason: 'tracking_number' }],
    ['tracking number in a message', [ticket({ id: 'A', texts: ['hi', 'ref: 1Z999AA10123456784.'] })], { ticketId: 'A', reason: 'tracking_number' }],
    ['order number in a message', [ticket({ id: 'A', texts: ['About order SO-104233 please'] })], { ticketId: 'A', reason: 'order_number' }],
    ['a longer number containing it does not match', [ticket({ id: 'A', subject: 'SO-1042339 issue' })], null],
    ['solved tickets never match', [ticket({ id: 'A', shipmentId: 'S1', status: 'solved' })], null],
    ['closed tickets never match', [ticket({ id: 'A', shipmentId: 'S1', status: 'closed' })], null],
    ['mentions on another customer do not count', [ticket({ id: 'A', customerId: 'C2', subject: '1Z999AA10123456784' })], null],
    ['links on another customer still count', [ticket({ id: 'A', customerId: 'C2', shipmentId: 'S1' })], { ticketId: 'A', reason: 'shipment_link' }],
    [
      'strongest reason wins over recency',
      [ticket({ id: 'A', subject: '1Z999AA10123456784', lastMessageAt: 9 }), ticket({ id: 'B', orderId: 'O1', lastMessageAt: 1 })],
      { ticketId: 'B', reason: 'order_link' },
    ],
    [
      'same reason: most recent wins',
      [ticket({ id: 'A', shipmentId: 'S1', lastMessageAt: 1 }), ticket({ id: 'B', shipmentId: 'S1', lastMessageAt: 5 })],
      { ticketId: 'B', reason: 'shipment_link' },
    ],
  ];
  it.each(cases)('%s', (_name, tickets, expected) => {
    expect(matchTicketForShipment(shipmentRefs, tickets)).toEqual(expected);
  });

  it('ignores references too short to mean anything', () => {
    const tiny = { ...shipmentRefs, orderNumber: '12', trackingNumber: null };
    expect(matchTicketForShipment(tiny, [ticket({ subject: 'item 12 broken' })])).toBeNull();
  });

  it('treats regex characters in references literally', () => {
    const odd = { ...shipmentRefs, trackingNumber: 'AB+12.34', orderNumber: null };
    expect(matchTicketForShipment(odd, [ticket({ subject: 'AB+12.34 late' })])?.reason).toBe('tracking_number');
    expect(matchTicketForShipment(odd, [ticket({ subject: 'ABB12x34 late' })])).toBeNull();
  });
});
