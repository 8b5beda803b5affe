import { Badge, Group, Text } from '@mantine/core';
import type { WarehouseEventType } from '../../core';
import type { CustomerActivity } from '../../core/contract/channels/customerChannels';
import { formatTime } from '../app/formatTime';
import { formatLogistics } from './formatLogistics';

type Item = Extract<CustomerActivity, { kind: 'warehouse' }>;

const label: Record<WarehouseEventType, string> = {
  backordered: 'Backordered',
  short_picked: 'Short picked',
  picked: 'Picked',
  packed: 'Packed',
  shipped: 'Shipped',
};

/** Backorders and short picks need the agent's eye; the rest is progress. */
const colorOf: Record<WarehouseEventType, string> = {
  backordered: 'orange',
  short_picked: 'orange',
  picked: 'cyan',
  packed: 'cyan',
  shipped: 'teal',
};

/** A warehouse event on the customer's timeline: what happened to which order, and what the agent can tell the customer. */
export function WarehouseActivity({ item }: { item: Item }) {
  const details = [
    item.type === 'backordered' && item.expectedDate !== null ? `Expected ${formatLogistics.date(item.expectedDate)}` : null,
    item.lines.length > 0 ? `${item.type === 'short_picked' ? 'Short: ' : ''}${item.lines.map((l) => `${l.sku} ×${l.quantity}`).join(', ')}` : null,
    item.trackingNumber ? `${item.carrier ?? ''} ${item.trackingNumber}`.trim() : null,
    item.warehouse,
    item.note,
  ].filter((d): d is string => Boolean(d));
  return (
    <>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
          <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
            Order {item.orderNumber}
          </Text>
          <Badge size="sm" color={colorOf[item.type]} variant="light" data-testid="warehouse-event-type">
            {label[item.type]}
            {item.type === 'shipped' && item.partial ? ' (part)' : ''}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {formatTime.dayTime(item.at)}
        </Text>
      </Group>
      {details.length > 0 && (
        <Text size="sm" c="dimmed" lineClamp={2} data-testid="warehouse-event-details">
          {details.join(' · ')}
        </Text>
      )}
    </>
  );
}
