import { Box } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { AgentRow, TicketFilter } from '../../core';
import { useNavigation } from '../app/navigation/NavigationContext';
import { ticketLabels } from '../app/ticketLabels';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { focusNoteBox } from '../ticket/focusNoteBox';
import { replyBoxId } from '../ticket/replyBoxId';
import { TicketView } from '../ticket/TicketView';
import type { InboxQuery } from './InboxQuery';
import { inboxSearchId } from './inboxSearchId';
import { inboxViewLabels } from './inboxViewLabels';
import { SortMenu } from './SortMenu';
import { TicketFilterBar } from './TicketFilterBar';
import { TicketList } from './TicketList';
import { useTicketPages } from './useTicketPages';

const countOn = ['tickets'] as const;

function titleOf(query: InboxQuery): string {
  // A navbar group (one channel or one status over all tickets) names the list after itself.
  if (query.view === 'all' && query.channel.length === 1 && query.status.length === 0) return ticketLabels.channel[query.channel[0]!];
  if (query.view === 'all' && query.status.length === 1 && query.channel.length === 0) return ticketLabels.status[query.status[0]!];
  return inboxViewLabels[query.view];
}

/** The inbox: filter bar and the chosen view's (virtual) ticket list, the open ticket beside it. */
export function InboxWorkspace({ agent, query, onQueryChange }: { agent: AgentRow; query: InboxQuery; onQueryChange(q: InboxQuery): void }) {
  const navigation = useNavigation();
  const openId = navigation.ticketId;
  const filter = useMemo<TicketFilter>(
    () => ({
      view: query.view,
      ...(query.channel.length > 0 ? { channel: query.channel } : {}),
      ...(query.status.length > 0 ? { status: query.status } : {}),
      ...(query.priority.length > 0 ? { priority: query.priority } : {}),
      ...(query.search.trim() ? { search: query.search.trim() } : {}),
    }),
    [query],
  );
  const counts = useRelayQuery('tickets.counts', { filter }, countOn);
  const pages = useTicketPages({ ...filter, sort: query.sort });
  const total = counts.data?.matching ?? undefined;
  const [cursor, setCursor] = useState(-1);
  // A new view or filter starts the keyboard cursor over.
  useEffect(() => setCursor(-1), [filter, query.sort]);

  function open(id: string, index: number) {
    navigation.openTicket(id);
    setCursor(index);
  }

  function move(step: 1 | -1) {
    if (!total) return;
    setCursor((at) => Math.min(total - 1, Math.max(0, at + step)));
  }

  useHotkeys([
    ['j', () => move(1)],
    ['k', () => move(-1)],
    ['Enter', () => {
      const row = pages.row(cursor);
      if (row) navigation.openTicket(row.id);
    }],
    ['r', () => document.getElementById(replyBoxId)?.focus(), { preventDefault: true }],
    ['n', () => focusNoteBox(), { preventDefault: true }],
    ['/', () => document.getElementById(inboxSearchId)?.focus(), { preventDefault: true }],
  ]);

  const filtered = filter.channel !== undefined || filter.status !== undefined || filter.priority !== undefined || filter.search !== undefined;
  return (
    // miw 0: a wide ticket header must not push the workspace past the window.
    <Box flex={1} miw={0} style={{ display: 'flex', minHeight: 0 }}>
      {/* 300 px below lg leaves the ticket about 500 px at 1024 wide. */}
      <Box w={{ base: 300, lg: 360 }} style={{ flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0, borderRight: '1px solid var(--mantine-color-default-border)' }}>
        <TicketFilterBar query={query} onChange={onQueryChange} />
        <Box flex={1} style={{ minHeight: 0 }}>
          <TicketList
            title={titleOf(query)}
            total={total}
            pages={pages}
            filtered={filtered}
            actions={<SortMenu value={query.sort} onChange={(sort) => onQueryChange({ ...query, sort })} />}
            openId={openId}
            cursorIndex={cursor}
            onOpen={open}
          />
        </Box>
      </Box>
      <Box flex={1} miw={0}>
        <TicketView ticketId={openId} agent={agent} />
      </Box>
    </Box>
  );
}
