import { useCallback, useEffect, useRef, useState } from 'react';
import { Badge, Button, CopyButton, Group, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertOctagon, IconCheck, IconCopy, IconRefresh } from '@tabler/icons-react';
import type { FailedChange } from '../../core';
import { formatTime } from '../app/formatTime';
import { relay } from '../bridge/relay';
import { useRelayEvent } from '../bridge/useRelayEvent';

/**
 * Changes made on this computer that the hub refused (e.g. a reply to a ticket someone closed
 * meanwhile). Each new one is announced once; the list stays until the agent retries it (once
 * the cause is gone) or dismisses it. A refused reply's words can be copied to reuse them.
 */
export function FailedChanges({ onOpenTicket }: { onOpenTicket(ticketId: string): void }) {
  const [failures, setFailures] = useState<FailedChange[]>([]);
  const announced = useRef<Set<string> | null>(null);
  const [retrying, setRetrying] = useState<string | null>(null);
  /** Why the last retry of an item failed, shown under it (the popover stays open). */
  const [retryErrors, setRetryErrors] = useState<Record<string, string>>({});

  const load = useCallback(() => {
    void relay()
      .invoke('sync.failures', {})
      .then((reply) => {
        if (!reply.ok) return;
        // Failures present at start were already seen (or announced in an earlier run).
        const first = announced.current === null;
        const seen = (announced.current ??= new Set(reply.data.map((f) => f.id)));
        for (const f of reply.data) {
          if (seen.has(f.id) && !first) continue;
          seen.add(f.id);
          if (!first) notifications.show({ color: 'red', title: `Not accepted: ${f.summary}`, message: f.message, autoClose: 10_000 });
        }
        setFailures(reply.data);
      });
  }, []);
  useEffect(load, [load]);
  // The status counts refusals, so a change in that count is the cue to reload the list.
  const lastRefused = useRef<number | null>(null);
  useRelayEvent('sync.status', (status) => {
    if (status.refused === lastRefused.current) return;
    lastRefused.current = status.refused;
    load();
  });

  async function dismiss(id: string) {
    const reply = await relay().invoke('sync.dismissFailure', { id });
    if (reply.ok) setFailures((list) => list.filter((f) => f.id !== id));
    else notifications.show({ color: 'red', title: 'Could not dismiss', message: reply.error.message });
  }

  async function retry(f: FailedChange) {
    setRetrying(f.id);
    const reply = await relay().invoke('sync.retryFailure', { id: f.id });
    setRetrying(null);
    if (reply.ok) {
      setRetryErrors(({ [f.id]: _gone, ...rest }) => rest);
      setFailures((list) => list.filter((x) => x.id !== f.id));
      notifications.show({ color: 'teal', title: 'Queued again', message: `${f.summary} — it goes to the hub now.`, autoClose: 6_000 });
    } else {
      setRetryErrors((errors) => ({ ...errors, [f.id]: reply.error.message }));
    }
    load();
  }

  if (failures.length === 0) return null;
  return (
    <Popover position="bottom-end" width={380} withArrow shadow="md">
      <Popover.Target>
        <UnstyledButton aria-label="Changes the hub refused" data-testid="failed-changes">
          <Badge color="red" variant="filled" leftSection={<IconAlertOctagon size={12} />}>
            {failures.length} not accepted
          </Badge>
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Text size="sm" fw={700} px={4} mb={4}>
          The hub refused these changes
        </Text>
        <ScrollArea.Autosize mah={320}>
          <Stack gap="xs">
            {failures.map((f) => (
              <Stack key={f.id} data-testid="failed-change" gap={2} p={6} style={{ borderRadius: 6, background: 'var(--mantine-color-default-hover)' }}>
                <Text size="sm" fw={600} lineClamp={2}>
                  {f.summary}
                </Text>
                <Text size="sm">{f.message}</Text>
                {f.text && (
                  <Group gap={4} wrap="nowrap" align="flex-start">
                    <Text size="xs" c="dimmed" fs="italic" lineClamp={3} style={{ flex: 1 }}>
                      “{f.text}”
                    </Text>
                    <CopyButton value={f.text} timeout={2_000}>
                      {({ copied, copy }) => (
                        <Button
                          size="compact-xs"
                          variant={copied ? 'light' : 'subtle'}
                          color={copied ? 'teal' : undefined}
                          leftSection={copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
                          onClick={copy}
                        >
                          {copied ? 'Copied' : 'Copy text'}
                        </Button>
                      )}
                    </CopyButton>
                  </Group>
                )}
                {retryErrors[f.id] && (
                  <Text size="xs" c="red" role="alert">
                    {retryErrors[f.id]}
                  </Text>
                )}
                <Group justify="space-between" mt={2}>
                  <Text size="xs" c="dimmed">
                    {formatTime.dayTime(f.failedAt)}
                  </Text>
                  <Group gap={4}>
                    {f.ticketId && (
                      <Button size="compact-xs" variant="light" onClick={() => f.ticketId && onOpenTicket(f.ticketId)}>
                        Open ticket
                      </Button>
                    )}
                    <Button
                      size="compact-xs"
                      variant="light"
                      color="blue"
                      leftSection={<IconRefresh size={12} />}
                      loading={retrying === f.id}
                      disabled={retrying !== null && retrying !== f.id}
                      onClick={() => void retry(f)}
                    >
                      Retry
                    </Button>
                    <Button size="compact-xs" variant="subtle" color="gray" onClick={() => void dismiss(f.id)}>
                      Dismiss
                    </Button>
                  </Group>
                </Group>
              </Stack>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
