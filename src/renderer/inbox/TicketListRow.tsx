import { Badge, Checkbox, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { MouseEvent } from 'react';
import type { TicketListItem } from '../../core';
import { ChannelIcon } from '../app/ChannelIcon';
import { PriorityBadge } from '../app/PriorityBadge';
import { SlaBadge } from '../app/SlaBadge';
import { StatusBadge } from '../app/StatusBadge';
import { formatTime } from '../app/formatTime';

/** Every row has the same height, so the virtual list can place 100k of them without measuring. */
export const TICKET_ROW_HEIGHT = 108;

interface Props {
  ticket: TicketListItem;
  open: boolean;
  cursor: boolean;
  /** Picked for a bulk action. */
  selected: boolean;
  now: number;
  onOpen(): void;
  /** Ctrl/Cmd-click toggles the row, shift-click selects a range to it. */
  onSelect(mode: 'toggle' | 'range'): void;
}

export function TicketListRow({ ticket, open, cursor, selected, now, onOpen, onSelect }: Props) {
  const background = selected
    ? 'var(--mantine-color-blue-light)'
    : open
    ? 'var(--mantine-primary-color-light)'
    : cursor
      ? 'var(--mantine-color-default-hover)'
      : undefined;
  return (
    <UnstyledButton
      onClick={(e: MouseEvent) => {
        if (e.shiftKey) onSelect('range');
        else if (e.ctrlKey || e.metaKey) onSelect('toggle');
        else onOpen();
      }}
      w="100%"
      h={TICKET_ROW_HEIGHT}
      px="md"
      py={10}
      data-testid="ticket-row"
      data-list-row
      data-ticket-id={ticket.id}
      data-status={ticket.status}
      data-priority={ticket.priority}
      data-cursor={cursor ? 'true' : undefined}
      data-selected={selected ? 'true' : undefined}
      aria-current={open ? 'true' : undefined}
      style={{
        display: 'block',
        overflow: 'hidden',
        background,
        borderBottom: '1px solid var(--mantine-color-default-border)',
        borderLeft: `3px solid ${open ? 'var(--mantine-primary-color-filled)' : cursor ? 'var(--mantine-color-dimmed)' : 'transparent'}`,
      }}
    >
      <Stack gap={3}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            {selected && <Checkbox size="xs" checked readOnly tabIndex={-1} aria-label="Selected" />}
            <ChannelIcon channel={ticket.channel} size={15} />
            <Text size="sm" fw={600} truncate>
              {ticket.customerName}
            </Text>
          </Group>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatTime.relative(ticket.lastMessageAt, now)}
          </Text>
        </Group>
        <Text size="sm" fw={ticket.status === 'new' ? 700 : 500} truncate>
          {ticket.subject}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {ticket.lastMessagePreview || 'No messages yet'}
        </Text>
        <Group gap={6} wrap="nowrap" style={{ overflow: 'hidden' }}>
          <Text size="xs" c="dimmed" ff="monospace" style={{ flexShrink: 0 }}>
            {ticket.number === null ? (
              <Badge size="xs" variant="dot" color="gray">
                pending number
              </Badge>
            ) : (
              `#${ticket.number}`
            )}
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <StatusBadge status={ticket.status} />
            {ticket.priority !== 'normal' && <PriorityBadge priority={ticket.priority} />}
            <SlaBadge ticket={ticket} now={now} />
          </Group>
          {ticket.assigneeName && (
            <Text size="xs" c="dimmed" truncate style={{ minWidth: 0 }}>
              · {ticket.assigneeName}
            </Text>
          )}
        </Group>
      </Stack>
    </UnstyledButton>
  );
}
