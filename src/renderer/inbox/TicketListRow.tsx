import { Badge, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { TicketListItem } from '../../core';
import { ChannelIcon } from '../app/ChannelIcon';
import { PriorityBadge } from '../app/PriorityBadge';
import { StatusBadge } from '../app/StatusBadge';
import { formatTime } from '../app/formatTime';

interface Props {
  ticket: TicketListItem;
  open: boolean;
  cursor: boolean;
  onOpen(): void;
}

export function TicketListRow({ ticket, open, cursor, onOpen }: Props) {
  const background = open
    ? 'var(--mantine-primary-color-light)'
    : cursor
      ? 'var(--mantine-color-default-hover)'
      : undefined;
  return (
    <UnstyledButton
      onClick={onOpen}
      w="100%"
      px="md"
      py="sm"
      data-testid="ticket-row"
      data-ticket-id={ticket.id}
      data-status={ticket.status}
      aria-current={open ? 'true' : undefined}
      style={{
        display: 'block',
        background,
        borderBottom: '1px solid var(--mantine-color-default-border)',
        borderLeft: `3px solid ${open ? 'var(--mantine-primary-color-filled)' : 'transparent'}`,
      }}
    >
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <ChannelIcon channel={ticket.channel} size={15} />
            <Text size="sm" fw={600} truncate>
              {ticket.customerName}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatTime.relative(ticket.lastMessageAt)}
          </Text>
        </Group>
        <Text size="sm" fw={ticket.status === 'new' ? 700 : 500} lineClamp={1}>
          {ticket.subject}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {ticket.lastMessagePreview || 'No messages yet'}
        </Text>
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed" ff="monospace">
            {ticket.number === null ? (
              <Badge size="xs" variant="dot" color="gray">
                pending number
              </Badge>
            ) : (
              `#${ticket.number}`
            )}
          </Text>
          <StatusBadge status={ticket.status} />
          {ticket.priority !== 'normal' && <PriorityBadge priority={ticket.priority} />}
          {ticket.assigneeName && (
            <Text size="xs" c="dimmed" truncate>
              · {ticket.assigneeName}
            </Text>
          )}
        </Group>
      </Stack>
    </UnstyledButton>
  );
}
