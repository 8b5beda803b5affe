import { Badge, NavLink, Stack, Text } from '@mantine/core';
import { IconInbox, IconUser, IconUserQuestion } from '@tabler/icons-react';
import type { TicketView } from '../../core';
import { useRelayQuery } from '../bridge/useRelayQuery';

const countOn = ['tickets'] as const;

/** How many tickets a view holds; read from the local replica, so cheap to keep current. */
function ViewCount({ view }: { view: TicketView }) {
  const { data } = useRelayQuery('tickets.list', { view, limit: 1000 }, countOn);
  if (!data) return null;
  return (
    <Badge size="sm" variant="light" color="gray" circle={data.length < 10}>
      {data.length}
    </Badge>
  );
}

const views: { value: TicketView; label: string; icon: typeof IconInbox }[] = [
  { value: 'all', label: 'All tickets', icon: IconInbox },
  { value: 'mine', label: 'Mine', icon: IconUser },
  { value: 'unassigned', label: 'Unassigned', icon: IconUserQuestion },
];

export function InboxNav({ view, onChange }: { view: TicketView; onChange(view: TicketView): void }) {
  return (
    <Stack gap={2} p="xs" component="nav" aria-label="Inbox views">
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" py={6}>
        Inbox
      </Text>
      {views.map(({ value, label, icon: Icon }) => (
        <NavLink
          key={value}
          label={label}
          leftSection={<Icon size={18} stroke={1.6} />}
          rightSection={<ViewCount view={value} />}
          active={view === value}
          onClick={() => onChange(value)}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        />
      ))}
    </Stack>
  );
}
