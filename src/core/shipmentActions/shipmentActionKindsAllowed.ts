import type { ShipmentStatus } from '../logistics/trackingStatus';
import { shipmentActionKindSchema, type ShipmentActionKind } from './shipmentActionKinds';
import { shipmentActionStateRefusal } from './shipmentActionStateRefusal';

/** The kinds of request a shipment in this state may be asked for, in menu order (the mutation applies the same rule). */
export function shipmentActionKindsAllowed(status: ShipmentStatus): ShipmentActionKind[] {
  return shipmentActionKindSchema.options.filter((kind) => shipmentActionStateRefusal(status, kind) === null);
}
