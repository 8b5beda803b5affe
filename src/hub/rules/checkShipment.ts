import type { NotificationEvent, ShipmentMode } from '../../core';
import type { HubTx } from '../store/openStore';
import { checkShipments } from './checkShipments';
import type { RulesWork } from './runRulesWrite';

/** A notification trigger born from this check, with the exception that caused it. */
export interface ShipmentTrigger {
  event: NotificationEvent;
  exceptionId: string | null;
}

/** Exception detection for one shipment: checkShipments with a set of one. */
export function checkShipment(
  tx: HubTx,
  shipmentId: string,
  now: number,
  staleThresholds: Partial<Record<ShipmentMode, number>> | undefined,
): Promise<RulesWork<ShipmentTrigger[]>> {
  return checkShipments(tx, [shipmentId], now, staleThresholds);
}
