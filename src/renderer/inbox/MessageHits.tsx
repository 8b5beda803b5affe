import { Box, Button, Group, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { IconMessageSearch } from '@tabler/icons-react';
import type { MessageHit } from '../../core/contract/channels/messageHitSchema';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { MarkedText } from '../knowledge/MarkedText';

const refreshOn = ['messages', 'tickets'] as const;

function HitRow({ hit, onOpen }: { hit: MessageHit; onOpen(ticketId: string): void }) {
  return (
    <UnstyledButton
      w="100%"
      px="md"
      py={6}
      data-testid="message-hit"
      data-ticket-id={hit.ticketId}
      onClick={() => onOpen(hit.ticketId)}
      style={{ display: 'block', overflow: 'hidden', borderBottom: '1px solid var(--mantine-color-default-border)' }}
    >
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed" ff="monospace" style={{ flexShrink: 0 }}>
          {hit.ticketNumber === null ? '#…' : `#${hit.ticketNumber}`}
        </Text>
        <Text size="xs" fw={600} truncate style={{ minWidth: 0 }}>
          {hit.subject ? <MarkedText value={hit.subject} /> : hit.ticketSubject}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" lineClamp={2}>
        {hit.direction === 'note' ? 'Note: ' : hit.customerName && hit.direction === 'inbound' ? `${hit.customerName}: ` : ''}
        <MarkedText value={hit.snippet} />
      </Text>
    </UnstyledButton>
  );
}

/** Asks the hub for older tickets (beyond what this computer keeps) whose messages match; they are cached and show above. */
function SearchHubButton({ search }: { search: string }) {
  const [busy, setBusy] = useState(false);
  async function ask() {
    setBusy(true);
    const reply = await relay().invoke('history.searchMessages', { query: search.trim() });
    setBusy(false);
    if (!reply.ok) notifications.show({ color: 'red', title: 'Could not search the hub', message: reply.error.message });
    else notifications.show({ color: reply.data.tickets > 0 ? 'teal' : 'gray', message: reply.data.tickets > 0 ? `${reply.data.tickets} older ${reply.data.tickets === 1 ? 'ticket' : 'tickets'} found on the hub` : 'No older tickets on the hub match' });
  }
  return (
    <Button size="compact-xs" variant="subtle" loading={busy} onClick={() => void ask()} title="Search older tickets on the hub" aria-label="Search older tickets on the hub">
      Older on hub
    </Button>
  );
}

/** Messages whose subject or body match the inbox search, best first, above the ticket list. */
export function MessageHits({ search, onOpen }: { search: string; onOpen(ticketId: string): void }) {
  const text = search.trim();
  const { data } = useRelayQuery('messages.search', text ? { query: search, limit: 20 } : null, refreshOn);
  if (text.length < 2 || !data) return null;
  return (
    <Box data-testid="message-hits" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group gap={6} px="md" pt={6} pb={2} justify="space-between" wrap="nowrap">
        <Group gap={6} wrap="nowrap">
          <IconMessageSearch size={14} color="var(--mantine-color-dimmed)" />
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" style={{ whiteSpace: 'nowrap' }}>
            In messages · {data.length === 20 ? '20+' : data.length}
          </Text>
        </Group>
        <SearchHubButton search={search} />
      </Group>
      {data.length > 0 && (
        <ScrollArea.Autosize mah={220} type="auto" scrollbars="y">
          {data.map((hit) => (
            <HitRow key={hit.messageId} hit={hit} onOpen={onOpen} />
          ))}
        </ScrollArea.Autosize>
      )}
    </Box>
  );
}
