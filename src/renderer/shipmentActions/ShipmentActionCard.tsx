import { Badge, Group, Paper, Text } from '@mantine/core';
import { IconTruckDelivery } from '@tabler/icons-react';
import { shipmentActionLabels, type ShipmentActionState } from '../../core';
import type { ShipmentActionItem } from '../../core/contract/channels/shipmentActionChannels';
import { formatTime } from '../app/formatTime';
import { describeShipmentAction } from './describeShipmentAction';

const stateLook: Record<ShipmentActionState, { label: string; color: string }> = {
  requested: { label: 'Requested', color: 'blue' },
  waiting: { label: 'Waiting: no connector', color: 'orange' },
  sent: { label: 'Sent to carrier', color: 'cyan' },
  accepted: { label: 'Accepted', color: 'teal' },
  refused: { label: 'Refused', color: 'red' },
  failed: { label: 'Failed', color: 'red' },
};

/** A shipment action inline in the ticket thread: what was asked, by whom, and the carrier's answer as it arrives. */
export function ShipmentActionCard({ action }: { action: ShipmentActionItem }) {
  const look = action.pending ? { label: 'Queued on this computer', color: 'gray' } : stateLook[action.state];
  return (
    <Paper withBorder p="sm" radius="md" data-testid="shipment-action" data-state={action.state} style={{ borderLeft: `4px solid var(--mantine-color-${look.color}-6)` }}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <IconTruckDelivery size={16} />
          <Text size="sm" fw={600} truncate>
            {shipmentActionLabels[action.kind]} · {action.carrier}
            {action.trackingNumber ? ` ${action.trackingNumber}` : ''}
          </Text>
        </Group>
        <Badge color={look.color} variant="light" style={{ flexShrink: 0 }} data-testid="shipment-action-state">
          {look.label}
        </Badge>
      </Group>
      <Text size="sm" mt={4}>
        {describeShipmentAction(action.kind, action.details)}
      </Text>
      {action.reason && (action.state === 'refused' || action.state === 'failed' || action.state === 'waiting') && (
        <Text size="sm" mt={4} c={action.state === 'waiting' ? 'orange' : 'red'} data-testid="shipment-action-reason">
          {action.state === 'waiting' ? '' : 'Reason: '}
          {action.reason}
        </Text>
      )}
      <Text size="xs" c="dimmed" mt={4}>
        Asked by {action.requestedByName ?? 'an agent'} · {formatTime.dayTime(action.requestedAt)}
        {action.carrierReference ? ` · Carrier ref ${action.carrierReference}` : ''}
        {action.settledAt ? ` · Answered ${formatTime.clock(action.settledAt)}` : ''}
      </Text>
    </Paper>
  );
}
