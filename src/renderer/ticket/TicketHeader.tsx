import { Alert, Anchor, Badge, Button, Group, Select, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowsExchange, IconCircleCheck, IconGitMerge, IconUserCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { ticketStatusSchema, type AgentRow, type TicketDetail, type TicketStatus } from '../../core';
import { ChannelIcon } from '../app/ChannelIcon';
import { SlaBadge } from '../app/SlaBadge';
import { ticketLabels } from '../app/ticketLabels';
import { useMinuteClock } from '../app/useMinuteClock';
import { useNavigation } from '../app/navigation/NavigationContext';
import { hotkeysFor } from '../app/shortcuts/hotkeysFor';
import { AssigneePicker } from './AssigneePicker';
import { CsatBadge } from './CsatBadge';
import { LinkPickers } from './LinkPickers';
import { MergeModal } from './MergeModal';
import { PriorityMenu } from './PriorityMenu';
import { TicketLabels } from './TicketLabels';
import { TransferModal } from './TransferModal';
import { useTicketUpdate } from './useTicketUpdate';
import { ShipmentActionsMenu } from '../shipmentActions/ShipmentActionsMenu';

const statusOptions = ticketStatusSchema.options.map((s) => ({ value: s, label: ticketLabels.status[s] }));
const refLabel = (t: { number: number | null; subject: string }): string => `#${t.number ?? '—'}`;

export function TicketHeader({ detail, agent }: { detail: TicketDetail; agent: AgentRow }) {
  const { ticket, customer, assignee } = detail;
  const navigation = useNavigation();
  const now = useMinuteClock();
  const { busy, update } = useTicketUpdate(ticket.id);
  const [merging, setMerging] = useState(false);
  const [moving, setMoving] = useState(false);
  const mine = ticket.assigneeId === agent.id;
  const done = ticket.status === 'solved' || ticket.status === 'closed';
  const merged = detail.mergedInto !== null;

  useHotkeys(hotkeysFor({ solve: () => !done && !merged && void update('solve', { status: 'solved' }) }));

  return (
    <Stack gap={8} px="lg" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={2} size="h4" lineClamp={2} data-testid="ticket-subject" style={{ minWidth: 0 }}>
          {ticket.subject}
        </Title>
        <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
          {!done && (
            <Tooltip label="Shortcut: e">
              <Button size="xs" color="teal" leftSection={<IconCircleCheck size={16} />} loading={busy === 'solve'} onClick={() => void update('solve', { status: 'solved' })}>
                Mark solved
              </Button>
            </Tooltip>
          )}
          <Select
            size="xs"
            w={110}
            aria-label="Status"
            data={statusOptions}
            value={ticket.status}
            allowDeselect={false}
            disabled={merged}
            onChange={(value) => value && value !== ticket.status && void update('status', { status: value as TicketStatus })}
          />
        </Group>
      </Group>
      {/* Rows wrap at narrow widths: the priority pill, SLA badge and assignee never overlap or clip. */}
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed" ff="monospace">
          {ticket.number === null ? <span title="Numbered by the hub when it syncs">#—</span> : `#${ticket.number}`}
        </Text>
        <PriorityMenu value={ticket.priority} onChange={(priority) => void update('priority', { priority })} />
        <Badge size="sm" variant="default" leftSection={<ChannelIcon channel={ticket.channel} size={12} />} style={{ flexShrink: 0 }}>
          {ticketLabels.channel[ticket.channel]}
        </Badge>
        <SlaBadge ticket={ticket} now={now} long />
        <CsatBadge csat={detail.csat} />
      </Group>
      <TicketLabels ticket={ticket} />
      {merged && detail.mergedInto && (
        <Alert color="gray" py={6} icon={<IconGitMerge size={16} />} data-testid="merged-into">
          Merged into{' '}
          <Anchor component="button" size="sm" onClick={() => navigation.openTicket(detail.mergedInto!.id)}>
            {refLabel(detail.mergedInto)} {detail.mergedInto.subject}
          </Anchor>
          ; continue the conversation there.
        </Alert>
      )}
      <Group gap="xs" wrap="wrap" justify="space-between">
        <Group gap={4} wrap="nowrap" style={{ minWidth: 0, maxWidth: '100%' }}>
          <Text size="sm" c="dimmed">
            Customer:
          </Text>
          {customer ? (
            <Anchor
              component="button"
              size="sm"
              fw={600}
              onClick={() => navigation.openCustomer(customer.id)}
              data-testid="ticket-customer"
              title={`${customer.name}: open Customer 360`}
              truncate
              style={{ minWidth: 0 }}
            >
              {customer.name}
            </Anchor>
          ) : (
            <Text size="sm" fw={600}>
              Unknown customer
            </Text>
          )}
          {customer && customer.tier !== 'standard' && (
            <Badge size="xs" variant="light" color={customer.tier === 'platinum' ? 'violet' : 'yellow'} style={{ flexShrink: 0 }}>
              {customer.tier}
            </Badge>
          )}
          {customer?.email && (
            <Text size="sm" c="dimmed" truncate style={{ minWidth: 0 }} title={customer.email}>
              {customer.email}
            </Text>
          )}
        </Group>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          <Text size="sm" c="dimmed">
            Assignee:
          </Text>
          <AssigneePicker agents={detail.teamAgents} assignee={assignee} me={agent} onAssign={(assigneeId) => void update('assign', { assigneeId })} />
          {!mine && !merged && (
            <Button size="compact-xs" variant="default" leftSection={<IconUserCheck size={14} />} loading={busy === 'assign'} onClick={() => void update('assign', { assigneeId: agent.id })}>
              Assign to me
            </Button>
          )}
        </Group>
      </Group>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <LinkPickers detail={detail} onChange={(change) => void update('link', change)} />
        <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
          {detail.mergedFrom.length > 0 && (
            <Text size="xs" c="dimmed" data-testid="merged-from" truncate>
              Includes {detail.mergedFrom.map(refLabel).join(', ')}
            </Text>
          )}
          {detail.shipment && !merged && (
            <ShipmentActionsMenu
              status={detail.shipment.status}
              target={{ shipmentId: detail.shipment.id, carrier: detail.shipment.carrier, trackingNumber: detail.shipment.trackingNumber, ticketId: ticket.id }}
              messages={detail.messages}
            />
          )}
          {!merged && (
            <Tooltip label="Move this ticket to another team, with a note for them">
              <Button size="compact-xs" variant="default" leftSection={<IconArrowsExchange size={14} />} onClick={() => setMoving(true)}>
                Move to team
              </Button>
            </Tooltip>
          )}
          {!done && (
            <Tooltip label="Merge this duplicate into another ticket of the customer">
              <Button size="compact-xs" variant="default" leftSection={<IconGitMerge size={14} />} onClick={() => setMerging(true)}>
                Merge
              </Button>
            </Tooltip>
          )}
        </Group>
      </Group>
      <TransferModal ticket={ticket} opened={moving} onClose={() => setMoving(false)} />
      <MergeModal ticket={ticket} customerName={customer?.name ?? 'this customer'} opened={merging} onClose={() => setMerging(false)} />
    </Stack>
  );
}
