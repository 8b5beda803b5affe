import { Box, Group, ScrollArea, Text, UnstyledButton } from '@mantine/core';
import { IconMessageSearch } from '@tabler/icons-react';
import type { MessageHit } from '../../core/contract/channels/messageHitSchema';
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

/** Messages whose subject or body match the inbox search, best first, above the ticket list. */
export function MessageHits({ search, onOpen }: { search: string; onOpen(ticketId: string): void }) {
  const text = search.trim();
  const { data } = useRelayQuery('messages.search', text ? { query: search, limit: 20 } : null, refreshOn);
  if (!text || !data || data.length === 0) return null;
  return (
    <Box data-testid="message-hits" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group gap={6} px="md" pt={6} pb={2}>
        <IconMessageSearch size={14} color="var(--mantine-color-dimmed)" />
        <Text size="xs" fw={700} c="dimmed" tt="uppercase">
          In messages · {data.length === 20 ? '20+' : data.length}
        </Text>
      </Group>
      <ScrollArea.Autosize mah={220} type="auto" scrollbars="y">
        {data.map((hit) => (
          <HitRow key={hit.messageId} hit={hit} onOpen={onOpen} />
        ))}
      </ScrollArea.Autosize>
    </Box>
  );
}
