import type { TicketStatus } from '../../domain/rows';

export interface ShipmentRefs {
  id: string;
  trackingNumber: string | null;
  orderId: string | null;
  orderNumber: string | null;
  customerId: string | null;
}

export interface TicketCandidate {
  id: string;
  status: TicketStatus;
  subject: string;
  customerId: string;
  shipmentId: string | null;
  orderId: string | null;
  lastMessageAt: number;
  /** Message bodies to search (inbound and outbound); may be empty. */
  texts: readonly string[];
}

/** Why a ticket matched, strongest first. */
export type TicketMatchReason = 'shipment_link' | 'order_link' | 'tracking_number' | 'order_number';
const strength: Record<TicketMatchReason, number> = { shipment_link: 4, order_link: 3, tracking_number: 2, order_number: 1 };

/** References shorter than this match too much text to mean anything ("#12"). */
const minReferenceLength = 4;

/**
 * The open ticket about a shipment: linked directly, linked to its order, or mentioning its
 * tracking or order number (whole token, case-insensitive) in the subject or a message.
 * Mentions count only on the shipment customer's tickets. Strongest reason wins; ties go to
 * the most recently active ticket. Solved/closed tickets never match.
 */
export function matchTicketForShipment(
  shipment: ShipmentRefs,
  tickets: readonly TicketCandidate[],
): { ticketId: string; reason: TicketMatchReason } | null {
  const tracking = tokenMatcher(shipment.trackingNumber);
  const orderNumber = tokenMatcher(shipment.orderNumber);
  let best: { ticket: TicketCandidate; reason: TicketMatchReason } | null = null;
  for (const ticket of tickets) {
    if (ticket.status === 'solved' || ticket.status === 'closed') continue;
    const reason = matchReason(ticket, shipment, tracking, orderNumber);
    if (!reason) continue;
    if (
      !best ||
      strength[reason] > strength[best.reason] ||
      (strength[reason] === strength[best.reason] && ticket.lastMessageAt > best.ticket.lastMessageAt)
    ) {
      best = { ticket, reason };
    }
  }
  return best ? { ticketId: best.ticket.id, reason: best.reason } : null;
}

function matchReason(
  ticket: TicketCandidate,
  shipment: ShipmentRefs,
  tracking: RegExp | null,
  orderNumber: RegExp | null,
): TicketMatchReason | null {
  if (ticket.shipmentId !== null && ticket.shipmentId === shipment.id) return 'shipment_link';
  if (ticket.orderId !== null && shipment.orderId !== null && ticket.orderId === shipment.orderId) return 'order_link';
  // Text mentions only count within the shipment's customer: numbers get quoted in other threads.
  if (shipment.customerId !== null && ticket.customerId !== shipment.customerId) return null;
  const texts = [ticket.subject, ...ticket.texts];
  if (tracking && texts.some((t) => tracking.test(t))) return 'tracking_number';
  if (orderNumber && texts.some((t) => orderNumber.test(t))) return 'order_number';
  return null;
}

function tokenMatcher(reference: string | null): RegExp | null {
  const trimmed = reference?.trim() ?? '';
  if (trimmed.length < minReferenceLength) return null;
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`, 'i');
}
