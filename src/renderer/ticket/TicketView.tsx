import { Alert, Box, Center, Loader, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { IconAlertCircle, IconMessages } from '@tabler/icons-react';
import type { AgentRow } from '../../core';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { MessageThread } from './MessageThread';
import { MovedTicketNotice } from './MovedTicketNotice';
import { PresenceBar } from './PresenceBar';
import { ReplyComposer } from './ReplyComposer';
import { TicketHeader } from './TicketHeader';
import { TicketHistory } from './TicketHistory';

const refreshOn = ['tickets', 'messages', 'customers', 'agents', 'csat_responses'] as const;
const movesRefreshOn = ['tickets'] as const;
const actionsRefreshOn = ['shipment_actions', 'agents'] as const;

export function TicketView({ ticketId, agent }: { ticketId: string | null; agent: AgentRow }) {
  const { data, error, loading } = useRelayQuery('tickets.get', ticketId ? { id: ticketId } : null, refreshOn);
  const moves = useRelayQuery('tickets.moves', ticketId ? {} : null, movesRefreshOn);
  const actions = useRelayQuery('shipmentActions.list', ticketId ? { ticketId } : null, actionsRefreshOn);
  const move = moves.data?.find((m) => m.ticketId === ticketId);
  const [pane, setPane] = useState<'conversation' | 'history'>('conversation');

  if (!ticketId) {
    return (
      <Center h="100%">
        <Box ta="center">
          <IconMessages size={40} stroke={1.3} color="var(--mantine-color-dimmed)" />
          <Text fw={600} mt="xs">
            Select a ticket
          </Text>
          <Text size="sm" c="dimmed">
            Pick one from the list, or use <b>j</b>/<b>k</b> and <b>Enter</b>.
          </Text>
        </Box>
      </Center>
    );
  }
  if (error && !data) {
    return (
      <Alert m="lg" color="red" icon={<IconAlertCircle />} title="Could not open this ticket">
        {error.message}
      </Alert>
    );
  }
  if (loading || data === undefined) {
    return (
      <Center h="100%">
        <Loader size="sm" />
      </Center>
    );
  }
  // Moved away (or on its way, unconfirmed): say where instead of vanishing. An admin keeps seeing it in its new team.
  if (move && (data === null || (agent.role !== 'admin' && data.ticket.teamId !== agent.teamId))) return <MovedTicketNotice move={move} />;
  if (data === null) {
    return (
      <Alert m="lg" color="yellow" icon={<IconAlertCircle />} title="Ticket not found">
        This ticket is no longer on this computer. It may have moved to another team.
      </Alert>
    );
  }
  return (
    <Box h="100%" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }} data-testid="ticket-view" tabIndex={-1}>
      <TicketHeader detail={data} agent={agent} />
      <SegmentedControl
        size="xs"
        mx="lg"
        mt="xs"
        style={{ alignSelf: 'flex-start' }}
        value={pane}
        onChange={(value) => setPane(value === 'history' ? 'history' : 'conversation')}
        data={[
          { value: 'conversation', label: 'Conversation' },
          { value: 'history', label: 'History' },
        ]}
        aria-label="Ticket pane"
      />
      {pane === 'history' ? (
        <TicketHistory ticketId={data.ticket.id} />
      ) : (
        <>
          <MessageThread messages={data.messages} customerName={data.customer?.name ?? 'Customer'} mergedFrom={data.mergedFrom} actions={actions.data ?? []} />
          <PresenceBar ticketId={data.ticket.id} />
          <ReplyComposer key={data.ticket.id} ticket={data.ticket} />
        </>
      )}
    </Box>
  );
}
