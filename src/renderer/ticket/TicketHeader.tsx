import { Badge, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { ticketStatusSchema, type AgentRow, type IpcInput, type TicketDetail, type TicketStatus } from '../../core';
import { ChannelIcon } from '../app/ChannelIcon';
import { PriorityBadge } from '../app/PriorityBadge';
import { StatusBadge } from '../app/StatusBadge';
import { ticketLabels } from '../app/ticketLabels';
import { relay } from '../bridge/relay';

const statusOptions = ticketStatusSchema.options.map((s) => ({ value: s, label: ticketLabels.status[s] }));

export function TicketHeader({ detail, agent }: { detail: TicketDetail; agent: AgentRow }) {
  const { ticket, customer, assignee } = detail;
  const [busy, setBusy] = useState<string | null>(null);

  async function update(action: string, change: Omit<IpcInput<'tickets.update'>, 'id'>) {
    setBusy(action);
    const reply = await relay().invoke('tickets.update', { id: ticket.id, ...change });
    setBusy(null);
    if (!reply.ok) notifications.show({ color: 'red', title: 'Could not update the ticket', message: reply.error.message });
  }

  const mine = ticket.assigneeId === agent.id;
  const done = ticket.status === 'solved' || ticket.status === 'closed';

  return (
    <Stack gap={6} px="lg" py="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Title order={3} size="h4" lineClamp={2} data-testid="ticket-subject">
            {ticket.subject}
          </Title>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed" ff="monospace">
              {ticket.number === null ? 'pending number' : `#${ticket.number}`}
            </Text>
            <StatusBadge status={ticket.status} />
            {ticket.priority !== 'normal' && <PriorityBadge priority={ticket.priority} />}
            <Badge size="sm" variant="default" leftSection={<ChannelIcon channel={ticket.channel} size={12} />}>
              {ticketLabels.channel[ticket.channel]}
            </Badge>
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          {!mine && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconUserCheck size={16} />}
              loading={busy === 'assign'}
              onClick={() => void update('assign', { assigneeId: agent.id })}
            >
              Assign to me
            </Button>
          )}
          {!done && (
            <Button
              size="xs"
              color="teal"
              leftSection={<IconCircleCheck size={16} />}
              loading={busy === 'solve'}
              onClick={() => void update('solve', { status: 'solved' })}
            >
              Mark solved
            </Button>
          )}
          <Select
            size="xs"
            w={120}
            aria-label="Status"
            data={statusOptions}
            value={ticket.status}
            allowDeselect={false}
            onChange={(value) => value && value !== ticket.status && void update('status', { status: value as TicketStatus })}
          />
        </Group>
      </Group>
      <Group gap="lg">
        <Text size="sm">
          <Text span c="dimmed">
            Customer:{' '}
          </Text>
          <Text span fw={600}>
            {customer?.name ?? 'Unknown customer'}
          </Text>
          {customer?.email && (
            <Text span c="dimmed">
              {' '}
              · {customer.email}
            </Text>
          )}
          {customer && customer.tier !== 'standard' && (
            <Badge ml={6} size="xs" variant="light" color={customer.tier === 'platinum' ? 'violet' : 'yellow'}>
              {customer.tier}
            </Badge>
          )}
        </Text>
        <Text size="sm">
          <Text span c="dimmed">
            Assignee:{' '}
          </Text>
          <Text span fw={600} data-testid="ticket-assignee">
            {assignee ? (mine ? `${assignee.name} (you)` : assignee.name) : 'Unassigned'}
          </Text>
        </Text>
      </Group>
    </Stack>
  );
}
