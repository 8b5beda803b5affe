import { Center, ScrollArea, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ThreadMessage, TicketRef } from '../../core';
import { MessageBubble } from './MessageBubble';
import type { ShipmentActionItem } from '../../core/contract/channels/shipmentActionChannels';
import { ShipmentActionCard } from '../shipmentActions/ShipmentActionCard';
import { scrollRegion } from '../app/scrollRegion';

/** The conversation, oldest first, scrolled to the newest message when one arrives. */
export function MessageThread({ messages, customerName, mergedFrom = [], actions = [] }: { messages: ThreadMessage[]; customerName: string; mergedFrom?: TicketRef[]; actions?: ShipmentActionItem[] }) {
  // Messages of duplicates merged into this ticket say where they came from.
  const origin = new Map(mergedFrom.map((t) => [t.id, `#${t.number ?? '—'}`]));
  const viewport = useRef<HTMLDivElement>(null);
  // Shipment actions sit in the thread at the time they were asked; a new one or a new answer scrolls too.
  const items = [
    ...messages.map((m) => ({ at: m.createdAt, id: m.id, message: m, action: null })),
    ...actions.map((a) => ({ at: a.requestedAt, id: a.id, message: null, action: a })),
  ].sort((x, y) => x.at - y.at || x.id.localeCompare(y.id));
  const lastId = `${items.at(-1)?.id}:${actions.map((a) => a.state).join()}`;
  useEffect(() => {
    const el = viewport.current;
    if (el) el.scrollTo({ top: el.scrollHeight });
  }, [lastId]);

  if (items.length === 0) {
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
        {items.map((item) =>
          item.action ? (
            <ShipmentActionCard key={item.id} action={item.action} />
          ) : (
            <MessageBubble key={item.id} message={item.message} customerName={customerName} mergedFrom={origin.get(item.message.ticketId)} />
          ),
        )}
      </Stack>
    </ScrollArea>
  );
}
