import { Box, Group, Paper, Text } from '@mantine/core';
import { IconClock, IconLock } from '@tabler/icons-react';
import type { ThreadMessage } from '../../core';
import { formatTime } from '../app/formatTime';

const deliveryLabels: Record<ThreadMessage['deliveryStatus'], string | null> = {
  received: null,
  queued: 'Queued for delivery',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Delivery failed',
};

/** One message: customer on the left, agents on the right, internal notes tinted yellow. */
export function MessageBubble({ message, customerName }: { message: ThreadMessage; customerName: string }) {
  const inbound = message.direction === 'inbound';
  const note = message.direction === 'note';
  const author = inbound ? customerName : (message.authorName ?? 'Relay');
  const background = note
    ? 'light-dark(var(--mantine-color-yellow-0), rgba(250, 176, 5, 0.12))'
    : inbound
      ? 'var(--mantine-color-default)'
      : 'light-dark(var(--mantine-color-indigo-0), rgba(76, 110, 245, 0.15))';
  const border = note ? 'var(--mantine-color-yellow-4)' : 'var(--mantine-color-default-border)';
  const status = message.pending ? null : message.direction === 'outbound' ? deliveryLabels[message.deliveryStatus] : null;

  return (
    <Box
      style={{ display: 'flex', justifyContent: inbound ? 'flex-start' : 'flex-end' }}
      data-testid="message"
      data-direction={message.direction}
      data-pending={message.pending ? 'true' : 'false'}
    >
      <Paper
        p="sm"
        maw="78%"
        style={{ background, border: `1px solid ${border}`, opacity: message.pending ? 0.85 : 1 }}
      >
        <Group gap={6} mb={4} wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap">
            {note && <IconLock size={13} color="var(--mantine-color-yellow-7)" />}
            <Text size="xs" fw={700}>
              {author}
            </Text>
            {note && (
              <Text size="xs" c="yellow.8" fw={600}>
                Internal note
              </Text>
            )}
          </Group>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatTime.dayTime(message.createdAt)}
          </Text>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="message-body">
          {message.body}
        </Text>
        {message.pending && (
          <Group gap={4} mt={6} justify="flex-end" data-testid="pending-marker">
            <IconClock size={13} color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              Sending…
            </Text>
          </Group>
        )}
        {status && (
          <Text size="xs" c={message.deliveryStatus === 'failed' ? 'red' : 'dimmed'} ta="right" mt={6}>
            {status}
          </Text>
        )}
      </Paper>
    </Box>
  );
}
