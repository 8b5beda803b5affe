import { Alert, Box, Center, Group, Loader, ScrollArea, Text } from '@mantine/core';
import { IconAlertCircle, IconInbox } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { IpcError, TicketListItem } from '../../core';
import { TicketListRow } from './TicketListRow';

interface Props {
  title: string;
  tickets: TicketListItem[] | undefined;
  error: IpcError | null;
  openId: string | null;
  cursorId: string | null;
  onOpen(id: string): void;
}

export function TicketList({ title, tickets, error, openId, cursorId, onOpen }: Props) {
  const viewport = useRef<HTMLDivElement>(null);

  // Keep the keyboard cursor visible while j/k walk the list.
  useEffect(() => {
    if (!cursorId) return;
    viewport.current?.querySelector(`[data-ticket-id="${cursorId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [cursorId]);

  return (
    <Box h="100%" style={{ display: 'flex', flexDirection: 'column', minHeight: 0 }} data-testid="ticket-list">
      <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text fw={700}>{title}</Text>
        {tickets && (
          <Text size="sm" c="dimmed">
            {tickets.length} {tickets.length === 1 ? 'ticket' : 'tickets'}
          </Text>
        )}
      </Group>
      {error && (
        <Alert m="sm" color="red" icon={<IconAlertCircle />} title="Could not load tickets">
          {error.message}
        </Alert>
      )}
      {!tickets && !error && (
        <Center flex={1}>
          <Loader size="sm" />
        </Center>
      )}
      {tickets && tickets.length === 0 && (
        <Center flex={1} p="lg">
          <Box ta="center">
            <IconInbox size={36} stroke={1.3} color="var(--mantine-color-dimmed)" />
            <Text fw={600} mt="xs">
              No tickets in this view
            </Text>
            <Text size="sm" c="dimmed">
              New tickets appear here as soon as they reach your computer.
            </Text>
          </Box>
        </Center>
      )}
      {tickets && tickets.length > 0 && (
        <ScrollArea flex={1} viewportRef={viewport} type="auto">
          {tickets.map((t) => (
            <TicketListRow key={t.id} ticket={t} open={t.id === openId} cursor={t.id === cursorId} onOpen={() => onOpen(t.id)} />
          ))}
        </ScrollArea>
      )}
    </Box>
  );
}
