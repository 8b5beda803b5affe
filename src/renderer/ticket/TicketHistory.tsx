import { Alert, Center, Loader, ScrollArea, Text, Timeline } from '@mantine/core';
import { IconArrowsExchange, IconCircleDot, IconCloudOff, IconFlag, IconGitMerge, IconTag, IconUser } from '@tabler/icons-react';
import type { TicketHistoryEntry } from '../../core';
import { formatTime } from '../app/formatTime';
import { useRelayQuery } from '../bridge/useRelayQuery';

const refreshOn = ['tickets'] as const;

const icons: Partial<Record<TicketHistoryEntry['field'], typeof IconCircleDot>> = {
  team: IconArrowsExchange,
  assignee: IconUser,
  priority: IconFlag,
  merged: IconGitMerge,
  tags: IconTag,
};

/** Who changed what and when on this ticket, newest first; read from the hub (offline it says so). */
export function TicketHistory({ ticketId }: { ticketId: string }) {
  const { data, error, loading } = useRelayQuery('tickets.history', { id: ticketId }, refreshOn);
  if (error && !data) {
    return (
      <Alert m="lg" color={error.code === 'offline' ? 'gray' : 'red'} icon={<IconCloudOff />} title="History is not available" data-testid="ticket-history-unavailable">
        {error.message}
      </Alert>
    );
  }
  if (loading || !data) {
    return (
      <Center p="lg">
        <Loader size="sm" />
      </Center>
    );
  }
  const entries = [...data].reverse();
  return (
    <ScrollArea style={{ flex: 1, minHeight: 0 }} px="lg" py="md" data-testid="ticket-history">
      {entries.length === 0 && <Text c="dimmed">No changes recorded yet.</Text>}
      <Timeline bulletSize={22} lineWidth={2}>
        {entries.map((entry, i) => {
          const Icon = icons[entry.field] ?? IconCircleDot;
          return (
            <Timeline.Item key={`${entry.at}-${i}`} bullet={<Icon size={13} />} title={<Text size="sm">{entry.text}</Text>}>
              <Text size="xs" c="dimmed" title={new Date(entry.at).toLocaleString()}>
                {formatTime.relative(entry.at)}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </ScrollArea>
  );
}
