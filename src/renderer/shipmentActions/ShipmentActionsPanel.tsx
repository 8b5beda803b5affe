import { Group, Stack, Text } from '@mantine/core';
import type { ShipmentStatus } from '../../core';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { ShipmentActionCard } from './ShipmentActionCard';
import { ShipmentActionsMenu } from './ShipmentActionsMenu';

const refreshOn = ['shipment_actions', 'agents'] as const;

/** In the customer 360's shipment: ask the carrier for something, and every team's requests on it with their answers. */
export function ShipmentActionsPanel({ shipment }: { shipment: { id: string; carrier: string; trackingNumber: string; status: ShipmentStatus } }) {
  const { data } = useRelayQuery('shipmentActions.list', { shipmentId: shipment.id }, refreshOn);
  const actions = data ?? [];
  return (
    <Stack gap="xs" mb="sm" data-testid="shipment-actions-panel">
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {actions.length === 0 ? 'No requests to the carrier yet.' : `${actions.length} request${actions.length === 1 ? '' : 's'} to the carrier`}
        </Text>
        <ShipmentActionsMenu status={shipment.status} target={{ shipmentId: shipment.id, carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, ticketId: null }} />
      </Group>
      {actions.map((a) => (
        <ShipmentActionCard key={a.id} action={a} />
      ))}
    </Stack>
  );
}
