import { Alert, Button, Group, Modal, Radio, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconGitMerge } from '@tabler/icons-react';
import { useState } from 'react';
import { uuidv7, type TicketRow } from '../../core';
import { StatusBadge } from '../app/StatusBadge';
import { formatTime } from '../app/formatTime';
import { relay } from '../bridge/relay';
import { useRelayQuery } from '../bridge/useRelayQuery';

const refreshOn = ['tickets'] as const;

/** Merge this ticket, as a duplicate, into another open ticket of the same customer. */
export function MergeModal({ ticket, customerName, opened, onClose }: { ticket: TicketRow; customerName: string; opened: boolean; onClose(): void }) {
  const { data } = useRelayQuery('tickets.mergeTargets', opened ? { ticketId: ticket.id } : null, refreshOn);
  const [target, setTarget] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const chosen = data?.find((t) => t.id === target);

  async function merge() {
    if (!target) return;
    setBusy(true);
    const reply = await relay().invoke('ticket.merge', { sourceId: ticket.id, targetId: target, noteId: uuidv7() });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error.message);
      return;
    }
    notifications.show({ color: 'teal', title: 'Tickets merged', message: `#${ticket.number ?? '—'} is now closed; its messages show in #${chosen?.number ?? '—'}.` });
    onClose();
  }

  return (
    <Modal opened={opened} onClose={onClose} title={`Merge #${ticket.number ?? '—'} into another ticket`} size="lg">
      <Text size="sm" c="dimmed" mb="sm">
        Pick the ticket to keep. This one is closed as its duplicate, and its messages appear in the kept ticket&apos;s thread. Only open
        tickets of {customerName} in this team are listed.
      </Text>
      {error && (
        <Alert color="red" mb="sm" title="Not merged" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {data && data.length === 0 && (
        <Alert color="gray" title="Nothing to merge into">
          {customerName} has no other open ticket in this team.
        </Alert>
      )}
      <ScrollArea.Autosize mah={320} type="auto">
        <Radio.Group value={target} onChange={setTarget} role="radiogroup" aria-label="Ticket to merge into">
          <Stack gap={6}>
            {data?.map((t) => (
              <Radio.Card key={t.id} value={t.id} p="sm" radius="md" data-testid="merge-target">
                <Group wrap="nowrap" gap="sm">
                  <Radio.Indicator />
                  <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
                    <Text size="sm" fw={600} truncate>
                      #{t.number ?? '—'} {t.subject}
                    </Text>
                    <Text size="xs" c="dimmed">
                      Last activity {formatTime.relative(t.lastMessageAt)}
                    </Text>
                  </Stack>
                  <StatusBadge status={t.status} />
                </Group>
              </Radio.Card>
            ))}
          </Stack>
        </Radio.Group>
      </ScrollArea.Autosize>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button leftSection={<IconGitMerge size={16} />} disabled={!target} loading={busy} onClick={() => void merge()}>
          {chosen ? `Merge into #${chosen.number ?? '—'}` : 'Merge'}
        </Button>
      </Group>
    </Modal>
  );
}
