import { Group, Text } from '@mantine/core';
import { Spotlight } from '@mantine/spotlight';
import { IconMessage } from '@tabler/icons-react';
import type { MessageHit } from '../../core/contract/channels/messageHitSchema';
import { MarkedText } from '../knowledge/MarkedText';

/** The palette's "In messages" group: messages whose text matches, with the match highlighted; opens the ticket. */
export function PaletteMessageHits({ hits, onOpen }: { hits: MessageHit[]; onOpen(ticketId: string): void }) {
  if (hits.length === 0) return null;
  return (
    <Spotlight.ActionsGroup label="In messages">
      {hits.map((hit) => (
        <Spotlight.Action key={hit.messageId} onClick={() => onOpen(hit.ticketId)} data-testid="palette-message-hit">
          <Group wrap="nowrap" gap="sm" w="100%">
            <IconMessage size={18} stroke={1.6} style={{ flexShrink: 0 }} />
            <div style={{ minWidth: 0 }}>
              <Text size="sm" truncate>
                {hit.ticketNumber === null ? '' : `#${hit.ticketNumber} `}
                {hit.ticketSubject}
              </Text>
              <Text size="xs" c="dimmed" lineClamp={1}>
                <MarkedText value={hit.snippet} />
              </Text>
            </div>
          </Group>
        </Spotlight.Action>
      ))}
    </Spotlight.ActionsGroup>
  );
}
