import type { ShipmentRow, TicketRow } from '../../core';
import type { HubTx } from '../store/openStore';
import { loadTicketFinder } from './loadTicketFinder';

/** The open ticket about each shipment (link, order link, tracking or order number mentioned), or null. */
export async function findTicketsForShipments(tx: HubTx, shipments: readonly ShipmentRow[]): Promise<Map<string, TicketRow | null>> {
  const finder = await loadTicketFinder(tx, shipments);
  return new Map(shipments.map((s) => [s.id, finder.match(s)]));
}
