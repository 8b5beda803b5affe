import { Anchor, Badge, Box, Group, Paper, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconChecks, IconClock, IconLock, IconPaperclip, IconPhone } from '@tabler/icons-react';
import { useState } from 'react';
import type { ThreadMessage } from '../../core';
import { ChannelIcon } from '../app/ChannelIcon';
import { formatTime } from '../app/formatTime';
import { ticketLabels } from '../app/ticketLabels';
import { collapseText } from './collapseText';
import { EmailHtmlBody } from './EmailHtmlBody';

const deliveryLabels: Record<ThreadMessage['deliveryStatus'], string | null> = {
  received: null,
  queued: 'Queued for delivery',
  held: 'Waiting: no connector for this channel yet',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Delivery failed',
};

function DeliveryIcon({ status }: { status: ThreadMessage['deliveryStatus'] }) {
  if (status === 'delivered') return <IconChecks size={13} color="var(--mantine-color-teal-6)" />;
  if (status === 'sent') return <IconCheck size={13} color="var(--mantine-color-dimmed)" />;
  if (status === 'failed') return <IconAlertTriangle size={13} color="var(--mantine-color-red-6)" />;
  // Held is not a failure: the hub sends it once a connector for the channel is configured.
  if (status === 'held') return <IconClock size={13} color="var(--mantine-color-orange-6)" />;
  return <IconClock size={13} color="var(--mantine-color-dimmed)" />;
}

interface Props {
  message: ThreadMessage;
  customerName: string;
  /** "#1042" when the message came from a duplicate merged into this ticket. */
  mergedFrom?: string | undefined;
}

/** One message: customer on the left, agents on the right, internal notes tinted yellow; channel and delivery shown. */
export function MessageBubble({ message, customerName, mergedFrom }: Props) {
  const inbound = message.direction === 'inbound';
  const note = message.direction === 'note';
  const [plain, setPlain] = useState(false);
  const author = inbound ? customerName : (message.authorName ?? 'Relay');
  const background = note
    ? 'light-dark(var(--mantine-color-yellow-0), rgba(250, 176, 5, 0.12))'
    : inbound
      ? 'var(--mantine-color-default)'
      : 'light-dark(var(--mantine-color-indigo-0), rgba(76, 110, 245, 0.15))';
  const border = note ? 'var(--mantine-color-yellow-4)' : 'var(--mantine-color-default-border)';
  const status = message.pending ? null : message.direction === 'outbound' ? deliveryLabels[message.deliveryStatus] : null;
  const html = inbound && message.htmlBody ? message.htmlBody : null;
  const [expanded, setExpanded] = useState(false);
  // Customers paste whole logs and threads; only their messages fold, ours are read as written.
  const folded = inbound && !expanded ? collapseText(message.body) : null;

  return (
    <Box
      style={{ display: 'flex', justifyContent: inbound ? 'flex-start' : 'flex-end' }}
      data-testid="message"
      data-direction={message.direction}
      data-pending={message.pending ? 'true' : 'false'}
    >
      <Paper p="sm" maw={html ? '88%' : '78%'} w={html ? '88%' : undefined} style={{ background, border: `1px solid ${border}`, opacity: message.pending ? 0.85 : 1 }}>
        <Group gap={6} mb={4} wrap="nowrap" justify="space-between">
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            {note ? <IconLock size={13} color="var(--mantine-color-yellow-7)" /> : <ChannelIcon channel={message.channel} size={13} />}
            <Text size="xs" fw={700} truncate>
              {author}
            </Text>
            {note ? (
              <Text size="xs" c="yellow.8" fw={600}>
                Internal note
              </Text>
            ) : (
              <Text size="xs" c="dimmed">
                via {ticketLabels.channel[message.channel]}
              </Text>
            )}
            {message.call && (
              <Badge size="xs" variant="light" color="gray" tt="none" leftSection={<IconPhone size={11} />} data-testid="call-details">
                {message.call.direction === 'inbound' ? 'Inbound call' : 'Outbound call'} · {Math.floor(message.call.durationSeconds / 60)}:
                {String(message.call.durationSeconds % 60).padStart(2, '0')}
              </Badge>
            )}
            {mergedFrom && (
              <Badge size="xs" variant="outline" color="gray" data-testid="merged-message">
                from {mergedFrom}
              </Badge>
            )}
          </Group>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {formatTime.dayTime(message.createdAt)}
          </Text>
        </Group>
        {html && !plain ? (
          <EmailHtmlBody html={html} />
        ) : (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="message-body" data-collapsed={folded ? 'true' : 'false'}>
            {folded ? folded.text : message.body}
          </Text>
        )}
        {(!html || plain) && folded && (
          <Anchor component="button" size="xs" mt={4} mr="sm" onClick={() => setExpanded(true)} data-testid="show-all">
            Show all{folded.hiddenLines > 0 ? ` (${folded.hiddenLines} more line${folded.hiddenLines === 1 ? '' : 's'})` : ''}
          </Anchor>
        )}
        {html && (
          <Anchor component="button" size="xs" c="dimmed" mt={4} onClick={() => setPlain(!plain)}>
            {plain ? 'Show formatted email' : 'Show plain text'}
          </Anchor>
        )}
        {message.cc.length + message.bcc.length > 0 && (
          <Text size="xs" c="dimmed" mt={4} data-testid="message-copies">
            {[message.cc.length > 0 ? `CC ${message.cc.join(', ')}` : '', message.bcc.length > 0 ? `BCC ${message.bcc.join(', ')}` : ''].filter(Boolean).join(' · ')}
          </Text>
        )}
        {message.attachments.length > 0 && (
          <Group gap={6} mt={6}>
            {message.attachments.map((a) => (
              <Badge key={a.storageKey} size="sm" variant="default" leftSection={<IconPaperclip size={11} />} tt="none">
                {a.name}
              </Badge>
            ))}
          </Group>
        )}
        {message.pending && (
          <Group gap={4} mt={6} justify="flex-end" data-testid="pending-marker">
            <IconClock size={13} color="var(--mantine-color-dimmed)" />
            <Text size="xs" c="dimmed">
              Sending…
            </Text>
          </Group>
        )}
        {status && (
          <Tooltip label={`Delivery: ${status}`} openDelay={300}>
            <Group gap={4} mt={6} justify="flex-end" data-testid="delivery-status" data-delivery={message.deliveryStatus}>
              <DeliveryIcon status={message.deliveryStatus} />
              <Text size="xs" c={message.deliveryStatus === 'failed' ? 'red' : message.deliveryStatus === 'held' ? 'orange' : 'dimmed'}>
                {status}
              </Text>
            </Group>
          </Tooltip>
        )}
      </Paper>
    </Box>
  );
}
