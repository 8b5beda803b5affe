import { Alert, Badge, Button, Drawer, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowMerge, IconCopy, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { DuplicateReason } from '../../../core';
import type { DuplicateReviewItem } from '../../../core/contract/channels/customerChannels';
import { relay } from '../../bridge/relay';
import { useRelayQuery } from '../../bridge/useRelayQuery';

const reasonLabels: Record<DuplicateReason, string> = { email: 'Same email', phone: 'Same phone', domain: 'Same company domain', name: 'Similar name' };

function Side({ who }: { who: DuplicateReviewItem['customer'] }) {
  return (
    <div style={{ minWidth: 0, flex: 1 }}>
      <Text size="sm" fw={600} truncate title={who.name}>
        {who.name}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {[who.email, who.phone].filter(Boolean).join(' · ') || 'No email or phone'}
      </Text>
    </div>
  );
}

/**
 * The leads' "Possible duplicates" review: pairs the hub flagged, each merged (the older
 * customer stays, or the other one) or dismissed. Both are changes sent through the outbox.
 */
export function DuplicateReview({ onOpenCustomer }: { onOpenCustomer(id: string): void }) {
  const [opened, setOpened] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // A merge cannot be undone: the first click names what happens, the second does it.
  const [confirming, setConfirming] = useState<{ pairId: string; survivorId: string } | null>(null);
  const pairs = useRelayQuery('customers.duplicates', {}, ['customer_duplicates', 'customers']);
  const list = pairs.data ?? [];

  async function merge(pair: DuplicateReviewItem, survivorId: string, loserId: string) {
    setConfirming(null);
    const reply = await relay().invoke('customer.merge', { survivorId, loserId, duplicateId: pair.id });
    setFailure(reply.ok ? null : reply.error.message);
    if (reply.ok) onOpenCustomer(survivorId);
  }
  async function dismiss(pair: DuplicateReviewItem) {
    const reply = await relay().invoke('duplicate.dismiss', { id: pair.id });
    setFailure(reply.ok ? null : reply.error.message);
  }

  return (
    <>
      <Button size="compact-sm" variant={list.length > 0 ? 'light' : 'subtle'} color={list.length > 0 ? 'orange' : 'gray'} leftSection={<IconCopy size={14} />} onClick={() => setOpened(true)} data-testid="duplicates-open">
        Possible duplicates ({list.length})
      </Button>
      <Drawer opened={opened} onClose={() => setOpened(false)} position="right" size="lg" title="Possible duplicates">
        <Stack gap="sm" data-testid="duplicates-review">
          {failure && (
            <Alert color="red" title="Not done" withCloseButton onClose={() => setFailure(null)}>
              {failure}
            </Alert>
          )}
          {list.length === 0 && <Text c="dimmed">No possible duplicates right now. The hub checks customers as they are written.</Text>}
          {list.map((pair) => (
            <Paper key={pair.id} withBorder p="sm" radius="md" data-testid="duplicate-pair">
              <Group gap="xs" mb="xs">
                {pair.reasons.map((r) => (
                  <Badge key={r} size="sm" variant="light" color="orange" tt="none">
                    {reasonLabels[r]}
                  </Badge>
                ))}
              </Group>
              <Group wrap="nowrap" align="flex-start" gap="md">
                <Side who={pair.customer} />
                <Side who={pair.other} />
              </Group>
              {confirming?.pairId === pair.id ? (
                <Group justify="flex-end" gap="xs" mt="sm">
                  <Text size="sm" mr="auto">
                    Merge into {confirming.survivorId === pair.customer.id ? pair.customer.name : pair.other.name}? This cannot be undone.
                  </Text>
                  <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                    Cancel
                  </Button>
                  <Button
                    size="xs"
                    color="red"
                    leftSection={<IconArrowMerge size={14} />}
                    onClick={() => void (confirming.survivorId === pair.customer.id ? merge(pair, pair.customer.id, pair.other.id) : merge(pair, pair.other.id, pair.customer.id))}
                    data-testid="duplicate-merge-confirm"
                  >
                    Merge
                  </Button>
                </Group>
              ) : (
                <Group justify="flex-end" gap="xs" mt="sm">
                  <Button size="xs" variant="default" leftSection={<IconX size={14} />} onClick={() => void dismiss(pair)} data-testid="duplicate-dismiss">
                    Not the same
                  </Button>
                  <Button size="xs" variant="light" onClick={() => setConfirming({ pairId: pair.id, survivorId: pair.other.id })}>
                    Keep {pair.other.name}
                  </Button>
                  <Button size="xs" leftSection={<IconArrowMerge size={14} />} onClick={() => setConfirming({ pairId: pair.id, survivorId: pair.customer.id })}>
                    Keep {pair.customer.name}
                  </Button>
                </Group>
              )}
            </Paper>
          ))}
        </Stack>
      </Drawer>
    </>
  );
}
