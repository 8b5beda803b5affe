import { NavLink, Stack, Text } from '@mantine/core';
import { IconInbox, IconUser, IconUserQuestion } from '@tabler/icons-react';
import type { TicketView } from '../../core';

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
          active={view === value}
          onClick={() => onChange(value)}
          variant="light"
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        />
      ))}
    </Stack>
  );
}
