import { Badge, Group, Text, UnstyledButton } from '@mantine/core';
import type { CustomerListItem } from '../../core/contract/channels/customerChannels';
import { TierBadge } from './TierBadge';

interface Props {
  customer: CustomerListItem;
  open: boolean;
  /** The keyboard cursor (j/k) is on this row. */
  cursor: boolean;
  onOpen(): void;
}

export function CustomerListRow({ customer, open, cursor, onOpen }: Props) {
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      h="100%"
      px="md"
      data-testid="customer-row"
      data-row-id={customer.id}
      data-list-row
      data-cursor={cursor ? 'true' : undefined}
      aria-current={open ? 'true' : undefined}
      style={{
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        gap: 2,
        background: open ? 'var(--mantine-primary-color-light)' : cursor ? 'var(--mantine-color-default-hover)' : undefined,
        borderBottom: '1px solid var(--mantine-color-default-border)',
        borderLeft: `3px solid ${open ? 'var(--mantine-primary-color-filled)' : cursor ? 'var(--mantine-color-dimmed)' : 'transparent'}`,
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" w="100%">
        <Text size="sm" fw={600} truncate>
          {customer.name}
        </Text>
        {customer.openTickets > 0 && (
          <Badge size="xs" variant="light" color="blue" style={{ flexShrink: 0 }} title="Open tickets">
            {customer.openTickets} open
          </Badge>
        )}
      </Group>
      <Group gap={6} wrap="nowrap" w="100%">
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          {customer.kind === 'b2b' ? 'B2B' : 'B2C'}
        </Text>
        {customer.tier !== 'standard' && <TierBadge tier={customer.tier} size="xs" />}
        <Text size="xs" c="dimmed" truncate>
          {customer.email ?? customer.segment}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
