import type { ShipmentMode } from '../../logistics/trackingStatus';

const HOUR = 3_600_000;

/**
 * How long a shipment in transit may go without a carrier scan before it is "stale".
 * Parcel and air networks scan at every hub; trucks scan at pick-up and drop; ocean legs
 * are silent for days between ports.
 */
export const defaultStaleThresholds: Readonly<Record<ShipmentMode, number>> = {
  parcel: 48 * HOUR,
  air: 48 * HOUR,
  ltl: 72 * HOUR,
  ftl: 72 * HOUR,
  ocean: 10 * 24 * HOUR,
};
