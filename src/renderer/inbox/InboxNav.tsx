import { Badge, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { IconAlarm, IconAt, IconClockExclamation, IconInbox, IconUser, IconUserQuestion, IconUsersGroup } from '@tabler/icons-react';
import type { MouseEvent, ReactNode } from 'react';
import { channelSchema, ticketStatusSchema, type TicketView } from '../../core';
import { ChannelIcon } from '../app/ChannelIcon';
import { isPlainClick } from '../app/navigation/isPlainClick';
import { releaseMouseFocus } from '../app/navigation/releaseMouseFocus';
import { useNavigation } from '../app/navigation/NavigationContext';
import { ticketLabels } from '../app/ticketLabels';
import { useRelayQuery } from '../bridge/useRelayQuery';
import type { InboxPlace } from './InboxPlace';
import { inboxViewLabels } from './inboxViewLabels';
import { scrollRegion } from '../app/scrollRegion';
import type { SavedViewItem } from '../../core/contract/channels/savedViewItemSchema';
import { SavedViewLinks } from './SavedViewLinks';

const countOn = ['tickets'] as const;

const views: { value: TicketView; icon: typeof IconInbox; alert?: 'orange' | 'red' }[] = [
  { value: 'all', icon: IconInbox },
  { value: 'mine', icon: IconUser },
  { value: 'unassigned', icon: IconUserQuestion },
  { value: 'team', icon: IconUsersGroup },
  { value: 'sla_at_risk', icon: IconAlarm, alert: 'orange' },
  { value: 'sla_breached', icon: IconClockExclamation, alert: 'red' },
  { value: 'mentions', icon: IconAt, alert: 'orange' },
];

function Count({ n, color = 'gray' }: { n: number | undefined; color?: string }) {
  if (n === undefined) return null;
  return (
    <Badge size="sm" variant={color === 'gray' || n === 0 ? 'light' : 'filled'} color={n === 0 ? 'gray' : color} data-testid="view-count">
      {n.toLocaleString()}
    </Badge>
  );
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
        {label}
      </Text>
      {children}
    </>
  );
}

/** Inbox views, saved views, then by channel and by status, each with its count from the local replica; each is a real link. */
export function InboxNav({ savedViews }: { savedViews: SavedViewItem[] }) {
  const { data } = useRelayQuery('tickets.counts', {}, countOn);
  const navigation = useNavigation();
  // Href for new tabs; a plain click stays in this tab and keeps the open ticket.
  const to = (place: InboxPlace) => ({
    href: navigation.placeHref(place),
    active: navigation.place === place,
    onClick: (e: MouseEvent<HTMLElement>) => {
      if (!isPlainClick(e)) return;
      releaseMouseFocus(e);
      e.preventDefault();
      navigation.openPlace(place);
    },
  });
  const link = { variant: 'light', style: { borderRadius: 'var(--mantine-radius-md)' } } as const;
  const compact = { ...link, py: 3, styles: { label: { fontSize: 'var(--mantine-font-size-sm)' } } } as const;
  return (
    <ScrollArea flex={1} type="auto" viewportProps={scrollRegion('Inbox views list')}>
      <Stack gap={1} p="xs" component="nav" aria-label="Inbox views">
        <Group label="Inbox">
          {views.map(({ value, icon: Icon, alert }) => (
            <NavLink
              key={value}
              {...link}
              label={inboxViewLabels[value]}
              leftSection={<Icon size={18} stroke={1.6} />}
              rightSection={<Count n={data?.views[value]} color={alert} />}
              {...to(value)}
            />
          ))}
        </Group>
        <Group label="Saved views">
          <SavedViewLinks views={savedViews} linkTo={to} />
        </Group>
        <Group label="By channel">
          {channelSchema.options.map((c) => (
            <NavLink
              key={c}
              {...compact}
              label={ticketLabels.channel[c]}
              leftSection={<ChannelIcon channel={c} size={16} />}
              rightSection={<Count n={data?.channels[c]} />}
              {...to(`channel-${c}`)}
            />
          ))}
        </Group>
        <Group label="By status">
          {ticketStatusSchema.options.map((s) => (
            <NavLink
              key={s}
              {...compact}
              label={ticketLabels.status[s]}
              leftSection={<span style={{ width: 8, height: 8, borderRadius: 4, background: `var(--mantine-color-${ticketLabels.statusColor[s]}-6)` }} />}
              rightSection={<Count n={data?.statuses[s]} />}
              {...to(`status-${s}`)}
            />
          ))}
        </Group>
      </Stack>
    </ScrollArea>
  );
}
