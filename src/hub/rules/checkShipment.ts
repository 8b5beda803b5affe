import type { ShipmentMode } from '../../core';
import type { HubTx } from '../store/openStore';
import { checkShipments } from './checkShipments';
import type { RulesWork } from './runRulesWrite';
import type { ShipmentTrigger } from './ShipmentTrigger';

/** Exception detection for one shipment: checkShipments with a set of one. */
export function checkShipment(
  tx: HubTx,
  shipmentId: string,
  now: number,
  staleThresholds: Partial<Record<ShipmentMode, number>> | undefined,
): Promise<RulesWork<ShipmentTrigger[]>> {
  return checkShipments(tx, [shipmentId], now, staleThresholds);
}
