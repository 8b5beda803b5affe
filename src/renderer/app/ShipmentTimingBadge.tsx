import { Badge } from '@mantine/core';
import { shipmentTiming, type ShipmentTimingInput } from '../../core';
import { formatLogistics } from '../customer/formatLogistics';
import { useMinuteClock } from './useMinuteClock';

/** "Late 3 d" / "On time" judged now by core's shipmentTiming (past its ETA undelivered = late); nothing when unknown. */
export function ShipmentTimingBadge({ shipment }: { shipment: ShipmentTimingInput }) {
  const now = useMinuteClock();
  const timing = shipmentTiming(shipment, now);
  if (timing.state === 'late') {
    return (
      <Badge size="xs" color="red" variant="filled" data-testid="late-badge" style={{ flexShrink: 0 }}>
        Late {formatLogistics.delay(timing.delayMs ?? 0)}
      </Badge>
    );
  }
  if (timing.state === 'on_time') {
    return (
      <Badge size="xs" color="teal" variant="light" data-testid="on-time-badge" style={{ flexShrink: 0 }}>
        On time
      </Badge>
    );
  }
  return null;
}
