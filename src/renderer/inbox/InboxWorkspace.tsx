import { Box } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { AgentRow, TicketFilter } from '../../core';
import type { SavedViewItem } from '../../core/contract/channels/savedViewItemSchema';
import { useNavigation } from '../app/navigation/NavigationContext';
import { hotkeysFor } from '../app/shortcuts/hotkeysFor';
import { isListKeyTarget } from '../app/shortcuts/isListKeyTarget';
import { ticketLabels } from '../app/ticketLabels';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { focusNoteBox } from '../ticket/focusNoteBox';
import { replyBoxId } from '../ticket/replyBoxId';
import { TicketView } from '../ticket/TicketView';
import type { InboxPlace } from './InboxPlace';
import { inboxPlaces } from './inboxPlaces';
import type { InboxQuery } from './InboxQuery';
import { inboxSearchId } from './inboxSearchId';
import { inboxViewLabels } from './inboxViewLabels';
import { BulkActionBar } from './bulk/BulkActionBar';
import { useBulkTicketActions } from './bulk/useBulkTicketActions';
import { useTicketSelection } from './bulk/useTicketSelection';
import { MessageHits } from './MessageHits';
import { SaveViewButton } from './SaveViewButton';
import { SortMenu } from './SortMenu';
import { NewTicketButton } from '../newticket/NewTicketButton';
import { TicketFilterBar } from './TicketFilterBar';
import { TicketList } from './TicketList';
import { useTicketPages } from './useTicketPages';
import { ExportViewButton } from './ExportViewButton';

const countOn = ['tickets'] as const;

function titleOf(place: InboxPlace, saved: SavedViewItem | undefined): string {
  if (inboxPlaces.savedViewId(place) !== null) return saved?.name ?? 'Saved view';
  // A navbar group (one channel or one status over all tickets) names the list after itself, whatever the filter bar narrows.
  const base = inboxPlaces.baseQuery(place);
  if (base.channel[0]) return ticketLabels.channel[base.channel[0]];
  if (base.status[0]) return ticketLabels.status[base.status[0]];
  return inboxViewLabels[base.view];
}

/** The inbox: filter bar and the chosen view's (virtual) ticket list, the open ticket beside it. */
export function InboxWorkspace({
  agent,
  query,
  onQueryChange,
  savedView,
}: {
  agent: AgentRow;
  query: InboxQuery;
  onQueryChange(q: InboxQuery): void;
  savedView?: SavedViewItem | undefined;
}) {
  const navigation = useNavigation();
  const openId = navigation.ticketId;
  const filter = useMemo<TicketFilter>(
    () => ({
      view: query.view,
      ...(query.channel.length > 0 ? { channel: query.channel } : {}),
      ...(query.status.length > 0 ? { status: query.status } : {}),
      ...(query.priority.length > 0 ? { priority: query.priority } : {}),
      ...(query.search.trim() ? { search: query.search.trim() } : {}),
      ...(query.tags.length > 0 ? { tags: query.tags } : {}),
      ...(Object.keys(query.fields).length > 0 ? { fields: query.fields } : {}),
    }),
    [query],
  );
  const counts = useRelayQuery('tickets.counts', { filter }, countOn);
  const pages = useTicketPages({ ...filter, sort: query.sort });
  const total = counts.data?.matching ?? undefined;
  // The cursor is a ticket, not a position: when a reply re-sorts the list, it moves with its ticket.
  const [cursor, setCursor] = useState<{ index: number; id: string | null }>({ index: -1, id: null });
  const selection = useTicketSelection();
  const bulk = useBulkTicketActions();
  const { clear: clearSelection } = selection;
  // A new view or filter starts the keyboard cursor and the selection over.
  useEffect(() => {
    setCursor({ index: -1, id: null });
    clearSelection();
  }, [filter, query.sort, clearSelection]);
  const anchor = cursor.id ?? openId;
  const anchorIndex = anchor ? pages.indexOf(anchor) : -1;
  const cursorIndex = anchorIndex !== -1 && (cursor.id !== null || cursor.index === -1) ? anchorIndex : cursor.index;

  function open(id: string, index: number) {
    navigation.openTicket(id);
    setCursor({ index, id });
  }

  function move(step: 1 | -1) {
    if (!total) return;
    const index = Math.min(total - 1, Math.max(0, cursorIndex + step));
    setCursor({ index, id: pages.row(index)?.id ?? null });
  }

  useHotkeys(
    hotkeysFor({
      next: () => move(1),
      previous: () => move(-1),
      open: (event) => {
        const row = pages.row(cursorIndex);
        if (!isListKeyTarget(event.target)) return;
        if (row) open(row.id, cursorIndex);
      },
      reply: () => document.getElementById(replyBoxId)?.focus(),
      note: () => focusNoteBox(),
      search: () => document.getElementById(inboxSearchId)?.focus(),
      select: () => {
        const row = pages.row(cursorIndex);
        if (row) selection.toggle(row, cursorIndex);
      },
      clearSelection: (event) => {
        if (isListKeyTarget(event.target)) selection.clear();
      },
    }),
  );

  const filtered = filter.channel !== undefined || filter.status !== undefined || filter.priority !== undefined || filter.search !== undefined;
  return (
    // miw 0: a wide ticket header must not push the workspace past the window.
    <Box flex={1} miw={0} style={{ display: 'flex', minHeight: 0 }}>
      {/* 300 px below lg leaves the ticket about 500 px at 1024 wide. */}
      <Box w={{ base: 300, lg: 360 }} style={{ flexShrink: 0, display: 'flex', flexDirection: 'column', minHeight: 0, borderRight: '1px solid var(--mantine-color-default-border)' }}>
        <TicketFilterBar query={query} onChange={onQueryChange} />
        <MessageHits search={query.search} onOpen={(id) => navigation.openTicket(id)} />
        <Box flex={1} style={{ minHeight: 0 }}>
          <TicketList
            title={titleOf(navigation.place, savedView)}
            total={total}
            pages={pages}
            filtered={filtered}
            searching={query.search.trim().length >= 2}
            actions={
              <>
                <SaveViewButton agent={agent} query={query} current={savedView} />
                <SortMenu value={query.sort} onChange={(sort) => onQueryChange({ ...query, sort })} />
                <ExportViewButton input={{ ...filter, sort: query.sort }} name={titleOf(navigation.place, savedView)} />
                <NewTicketButton compact />
              </>
            }
            openId={openId}
            cursorIndex={cursorIndex}
            onOpen={open}
            isSelected={selection.has}
            onSelect={(index, mode) => {
              const row = pages.row(index);
              if (mode === 'range') selection.extendTo(index, pages.row);
              else if (row) selection.toggle(row, index);
            }}
            banner={
              selection.items.length > 0 && (
                <BulkActionBar
                  count={selection.items.length}
                  me={agent}
                  busy={bulk.busy}
                  onClear={selection.clear}
                  // The list's current rows, where loaded: the undo puts back what each ticket has now.
                  onChange={(change, label) => void bulk.run(selection.items.map((t) => pages.row(pages.indexOf(t.id)) ?? t), change, label)}
                />
              )
            }
          />
        </Box>
      </Box>
      <Box flex={1} miw={0}>
        <TicketView ticketId={openId} agent={agent} />
      </Box>
    </Box>
  );
}
