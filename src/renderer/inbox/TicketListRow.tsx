import { Badge, Checkbox, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { MouseEvent } from 'react';
import type { TagDefRow, TicketListItem } from '../../core';
import { tagColourOf } from '../newticket/tagColourOf';
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
  /** Tag colours (a tag without a definition is grey). */
  tagDefs: readonly TagDefRow[];
  onOpen(): void;
  /** Ctrl/Cmd-click toggles the row, shift-click selects a range to it. */
  onSelect(mode: 'toggle' | 'range'): void;
}

export function TicketListRow({ ticket, open, cursor, selected, now, tagDefs, onOpen, onSelect }: Props) {
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
              <Badge size="xs" variant="dot" color="gray" title="Numbered by the hub when it syncs">
                #—
              </Badge>
            ) : (
              `#${ticket.number}`
            )}
          </Text>
          <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
            <StatusBadge status={ticket.status} />
            {ticket.priority !== 'normal' && <PriorityBadge priority={ticket.priority} />}
            <SlaBadge ticket={ticket} now={now} />
            {ticket.tags.slice(0, 3).map((tag) => (
              <Badge key={tag} size="xs" variant="light" color={tagColourOf(tag, tagDefs)} tt="none" data-testid="row-tag">
                {tag}
              </Badge>
            ))}
            {ticket.tags.length > 3 && (
              <Text size="xs" c="dimmed" title={ticket.tags.join(', ')}>
                +{ticket.tags.length - 3}
              </Text>
            )}
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
