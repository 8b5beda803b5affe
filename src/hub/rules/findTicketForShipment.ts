import type { ShipmentRow, TicketRow } from '../../core';
import type { HubTx } from '../store/openStore';
import { findTicketsForShipments } from './findTicketsForShipments';

export { mentionTextLimit, ticketCandidateLimit } from './loadTicketFinder';

/** The open ticket about one shipment, or null (see findTicketsForShipments for how it is chosen and bounded). */
export async function findTicketForShipment(tx: HubTx, shipment: ShipmentRow): Promise<TicketRow | null> {
  return (await findTicketsForShipments(tx, [shipment])).get(shipment.id) ?? null;
}
