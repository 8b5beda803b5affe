import { Center, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ThreadMessage, TicketRef } from '../../core';
import { MessageBubble } from './MessageBubble';
import { scrollRegion } from '../app/scrollRegion';

/** The conversation, oldest first, scrolled to the newest message when one arrives. */
export function MessageThread({ messages, customerName, mergedFrom = [] }: { messages: ThreadMessage[]; customerName: string; mergedFrom?: TicketRef[] }) {
  // Messages of duplicates merged into this ticket say where they came from.
  const origin = new Map(mergedFrom.map((t) => [t.id, `#${t.number ?? '—'}`]));
  const viewport = useRef<HTMLDivElement>(null);
  const lastId = messages.at(-1)?.id;
  useEffect(() => {
    const el = viewport.current;
    if (el) el.scrollTo({ top: el.scrollHeight });
  }, [lastId]);

  if (messages.length === 0) {
    return (
      <Center flex={1}>
        <Text c="dimmed" size="sm">
          No messages on this ticket yet.
        </Text>
      </Center>
    );
  }
  return (
    <ScrollArea flex={1} viewportRef={viewport} type="auto" data-testid="thread" viewportProps={scrollRegion('Conversation')}>
      <Stack gap="sm" px="lg" py="md">
        {messages.map((m) => (
          <MessageBubble key={m.id} message={m} customerName={customerName} mergedFrom={origin.get(m.ticketId)} />
        ))}
      </Stack>
    </ScrollArea>
  );
}
