import { Box } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import type { AgentRow, TicketView as InboxViewName } from '../../core';
import { useNavigation } from '../app/navigation/NavigationContext';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { replyBoxId } from '../ticket/replyBoxId';
import { TicketView } from '../ticket/TicketView';
import { TicketList } from './TicketList';

const viewTitles: Record<InboxViewName, string> = { all: 'All tickets', mine: 'Assigned to me', unassigned: 'Unassigned' };
const listRefreshOn = ['tickets', 'messages', 'customers', 'agents'] as const;

/** The inbox: the chosen view's ticket list and the open ticket side by side. */
export function InboxWorkspace({ agent, view }: { agent: AgentRow; view: InboxViewName }) {
  const navigation = useNavigation();
  const openId = navigation.ticketId;
  const [cursorId, setCursorId] = useState<string | null>(null);
  const list = useRelayQuery('tickets.list', { view }, listRefreshOn);
  const tickets = list.data;

  function open(id: string) {
    navigation.openTicket(id);
    setCursorId(id);
  }

  function move(step: 1 | -1) {
    if (!tickets || tickets.length === 0) return;
    const at = tickets.findIndex((t) => t.id === (cursorId ?? openId));
    const next = at === -1 ? 0 : Math.min(tickets.length - 1, Math.max(0, at + step));
    setCursorId(tickets[next]!.id);
  }

  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['Enter', () => cursorId && navigation.openTicket(cursorId)],
    ['r', () => document.getElementById(replyBoxId)?.focus(), { preventDefault: true }],
  ]);

  return (
    <Box flex={1} style={{ display: 'flex', minHeight: 0 }}>
      <Box w={360} style={{ flexShrink: 0, borderRight: '1px solid var(--mantine-color-default-border)' }}>
        <TicketList title={viewTitles[view]} tickets={tickets} error={list.error} openId={openId} cursorId={cursorId} onOpen={open} />
      </Box>
      <Box flex={1} miw={0}>
        <TicketView ticketId={openId} agent={agent} />
      </Box>
    </Box>
  );
}
