import { Badge, Group, Text } from '@mantine/core';
import type { ShipmentSummary } from '../../core/contract/channels/customerChannels';
import { formatLogistics } from './formatLogistics';
import { isLate } from './isLate';

/** ETA (or delivery) against the promised date, with a late/early badge. */
export function EtaVersusPromise({ shipment }: { shipment: ShipmentSummary }) {
  const { deliveredAt, eta, promisedDate, delayMs } = shipment;
  const arrival = deliveredAt ?? eta;
  return (
    <Group gap={6} wrap="nowrap" data-testid="shipment-eta">
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {deliveredAt ? 'Delivered' : 'ETA'} {arrival ? formatLogistics.date(arrival) : 'unknown'}
        {promisedDate ? ` · promised ${formatLogistics.date(promisedDate)}` : ' · no promised date'}
      </Text>
      {isLate(delayMs) && (
        <Badge size="xs" color="red" variant="filled" data-testid="late-badge">
          Late {formatLogistics.delay(delayMs)}
        </Badge>
      )}
      {delayMs !== null && !isLate(delayMs) && (
        <Badge size="xs" color="teal" variant="light">
          On time
        </Badge>
      )}
    </Group>
  );
}
