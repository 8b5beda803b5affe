import { Group, Text } from '@mantine/core';
import type { ShipmentSummary } from '../../core/contract/channels/customerChannels';
import { ShipmentTimingBadge } from '../app/ShipmentTimingBadge';
import { formatLogistics } from './formatLogistics';

/** ETA (or delivery) against the promised date, with a late/on-time badge judged now. */
export function EtaVersusPromise({ shipment }: { shipment: ShipmentSummary }) {
  const { deliveredAt, eta, promisedDate } = shipment;
  const arrival = deliveredAt ?? eta;
  return (
    <Group gap={6} wrap="nowrap" data-testid="shipment-eta">
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {deliveredAt ? 'Delivered' : 'ETA'} {arrival ? formatLogistics.date(arrival) : 'unknown'}
        {promisedDate ? ` · promised ${formatLogistics.date(promisedDate)}` : ' · no promised date'}
      </Text>
      <ShipmentTimingBadge shipment={shipment} />
    </Group>
  );
}
