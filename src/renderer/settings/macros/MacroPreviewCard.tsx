import { Alert, Card, Group, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { MacroSampleTicket } from '../../../core';
import { useRelayQuery } from '../../bridge/useRelayQuery';

/** The draft rendered by core for a recent ticket (or the built-in sample), unknown placeholders flagged. */
export function MacroPreviewCard({ body, samples }: { body: string; samples: readonly MacroSampleTicket[] }) {
  const [picked, setPicked] = useState<string | null>(null);
  const ticketId = picked ?? samples[0]?.id ?? null;
  const [debounced] = useDebouncedValue(body, 200);
  const preview = useRelayQuery('macros.preview', { body: debounced, ticketId }, ['tickets', 'customers', 'shipments', 'orders']);
  const p = preview.data;
  return (
    <Card withBorder radius="sm" bg="var(--mantine-color-default-hover)" data-testid="macro-preview">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text size="sm" fw={600}>
          Preview
        </Text>
        {samples.length > 0 ? (
          <Select
            size="xs"
            aria-label="Preview on ticket"
            data={samples.map((s) => ({ value: s.id, label: `${s.number === null ? '' : `#${s.number} `}${s.subject}` }))}
            value={ticketId}
            onChange={setPicked}
            allowDeselect={false}
            w={280}
          />
        ) : (
          <Text size="xs" c="dimmed">
            On a sample customer (no tickets here yet)
          </Text>
        )}
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="macro-preview-text">
        {debounced.trim() === '' ? <Text span c="dimmed">Write the reply to see it filled in.</Text> : (p?.text ?? '')}
      </Text>
      {p && p.unknown.length > 0 && (
        <Alert color="red" mt="xs" p="xs" role="alert" data-testid="macro-unknown">
          Unknown placeholder{p.unknown.length > 1 ? 's' : ''}: {p.unknown.map((u) => `{{${u}}}`).join(', ')}. They will be sent as typed; pick one from the list.
        </Alert>
      )}
      {p && p.missing.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs">
          No value on this ticket for {p.missing.map((m) => `{{${m}}}`).join(', ')}: the agent fills it in before sending.
        </Text>
      )}
    </Card>
  );
}
