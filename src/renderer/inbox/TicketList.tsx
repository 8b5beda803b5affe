import { Alert, Box, Center, Group, Loader, Skeleton, Text } from '@mantine/core';
import { IconAlertCircle, IconInbox } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import { useMinuteClock } from '../app/useMinuteClock';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { TICKET_ROW_HEIGHT, TicketListRow } from './TicketListRow';
import type { TicketPages } from './useTicketPages';

interface Props {
  title: string;
  /** How many tickets the list holds (undefined while counting). */
  total: number | undefined;
  pages: TicketPages;
  filtered: boolean;
  /** A search is typed: its matches inside messages are listed above the list, so say so when none of the tickets match. */
  searching?: boolean;
  /** Controls shown in the list header (the sort). */
  actions?: ReactNode;
  openId: string | null;
  cursorIndex: number;
  onOpen(id: string, index: number): void;
  isSelected(id: string): boolean;
  onSelect(index: number, mode: 'toggle' | 'range'): void;
  /** Shown between the header and the rows (the bulk action bar). */
  banner?: ReactNode;
}

const noTagDefs: never[] = [];

/** The inbox list: only the rows in view are rendered, so 100k tickets scroll like 100. */
export function TicketList({ title, total, pages, filtered, searching = false, actions, openId, cursorIndex, onOpen, isSelected, onSelect, banner }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const now = useMinuteClock();
  const tagDefs = useRelayQuery('labels.defs', {}, ['tag_defs']).data?.tagDefs ?? noTagDefs;
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => TICKET_ROW_HEIGHT,
    // Generous: rows are cheap, and a screenful above and below keeps fast scrolling blank-free.
    overscan: 25,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { need } = pages;
  useEffect(() => need(first, last), [need, first, last]);

  // Keep the keyboard cursor visible while j/k walk the list.
  useEffect(() => {
    if (cursorIndex >= 0) virtualizer.scrollToIndex(cursorIndex, { align: 'auto' });
  }, [cursorIndex, virtualizer]);

  return (
    <Box h="100%" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }} data-testid="ticket-list">
      <Group justify="space-between" pl="md" pr="xs" py={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} wrap="nowrap">
        {/* The view's name is the screen's top heading (h1), drawn as before. */}
        <Text component="h1" fw={700} fz="md" m={0} truncate title={title}>
          {title}
        </Text>
        <Group gap={6} wrap="nowrap">
          {total !== undefined && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="list-total">
              {total.toLocaleString()} {total === 1 ? 'ticket' : 'tickets'}
            </Text>
          )}
          {actions}
        </Group>
      </Group>
      {banner}
      {pages.error && (
        <Alert m="sm" color="red" icon={<IconAlertCircle />} title="Could not load tickets">
          {pages.error.message}
        </Alert>
      )}
      {total === undefined && !pages.error && (
        <Center flex={1}>
          <Loader size="sm" />
        </Center>
      )}
      {total === 0 && (
        <Center flex={1} p="lg">
          <Box ta="center">
            <IconInbox size={36} stroke={1.3} color="var(--mantine-color-dimmed)" />
            <Text fw={600} mt="xs">
              {searching ? 'No ticket subject, number or customer matches' : filtered ? 'No tickets match these filters' : 'No tickets in this view'}
            </Text>
            <Text size="sm" c="dimmed">
              {searching
                ? 'Messages that mention it are counted above; clear the search to see every ticket.'
                : filtered
                  ? 'Clear a filter or the search to see more.'
                  : 'New tickets appear here as soon as they reach your computer.'}
            </Text>
          </Box>
        </Center>
      )}
      <Box ref={scroller} flex={1} style={{ overflowY: 'auto', minHeight: 0, display: total ? 'block' : 'none' }} data-testid="ticket-scroller">
        <Box style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const ticket = pages.row(item.index);
            return (
              <Box key={item.key} style={{ position: 'absolute', top: 0, left: 0, width: '100%', height: item.size, transform: `translateY(${item.start}px)` }}>
                {ticket ? (
                  <TicketListRow
                    ticket={ticket}
                    now={now}
                    tagDefs={tagDefs}
                    open={ticket.id === openId}
                    cursor={item.index === cursorIndex}
                    selected={isSelected(ticket.id)}
                    onOpen={() => onOpen(ticket.id, item.index)}
                    onSelect={(mode) => onSelect(item.index, mode)}
                  />
                ) : (
                  <Box px="md" py={12} h={TICKET_ROW_HEIGHT} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                    <Skeleton height={12} width="50%" mb={10} />
                    <Skeleton height={12} width="85%" mb={10} />
                    <Skeleton height={10} width="70%" />
                  </Box>
                )}
              </Box>
            );
          })}
        </Box>
      </Box>
    </Box>
  );
}
