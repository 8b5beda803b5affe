import { Anchor, Badge, Button, Group, Text, Timeline } from '@mantine/core';
import { IconArrowBackUp, IconBuildingWarehouse, IconMessage, IconNote, IconStar, IconTicket } from '@tabler/icons-react';
import { useState } from 'react';
import type { CustomerActivity } from '../../core/contract/channels/customerChannels';
import { ChannelIcon } from '../app/ChannelIcon';
import { formatTime } from '../app/formatTime';
import { StatusBadge } from '../app/StatusBadge';
import { useNavigation } from '../app/navigation/NavigationContext';
import { EmptyNote } from './EmptyNote';
import { WarehouseActivity } from './WarehouseActivity';

const PAGE = 40;

function who(item: Extract<CustomerActivity, { kind: 'message' }>): string {
  if (item.direction === 'inbound') return 'Customer wrote';
  if (item.direction === 'note') return `Internal note${item.authorName ? ` by ${item.authorName}` : ''}`;
  return `${item.authorName ?? 'Automation'} replied`;
}

function bulletOf(item: CustomerActivity) {
  if (item.kind === 'ticket') return <IconTicket size={12} />;
  if (item.kind === 'csat') return <IconStar size={12} />;
  if (item.kind === 'warehouse') return <IconBuildingWarehouse size={12} />;
  if (item.direction === 'note') return <IconNote size={12} />;
  return item.direction === 'inbound' ? <IconMessage size={12} /> : <IconArrowBackUp size={12} />;
}

function colorOf(item: CustomerActivity): string {
  if (item.kind === 'ticket') return 'indigo';
  if (item.kind === 'csat') return item.score >= 4 ? 'teal' : item.score <= 2 ? 'red' : 'yellow';
  if (item.kind === 'warehouse') return item.type === 'backordered' || item.type === 'short_picked' ? 'orange' : 'cyan';
  return item.direction === 'inbound' ? 'blue' : item.direction === 'note' ? 'yellow' : 'gray';
}

/** Every ticket, message, rating and warehouse event of the customer on one timeline, newest first; tickets open in the inbox. */
export function ActivityTimeline({ activity }: { activity: CustomerActivity[] }) {
  const navigation = useNavigation();
  const [shown, setShown] = useState(PAGE);
  if (activity.length === 0) return <EmptyNote>No tickets or messages with this customer in your queues.</EmptyNote>;

  const ticketLink = (item: Exclude<CustomerActivity, { kind: 'warehouse' }>) => (
    <Anchor component="button" size="xs" onClick={() => navigation.openTicket(item.ticketId)} data-testid="activity-ticket-link" ta="left">
      {item.ticketNumber === null ? '' : `#${item.ticketNumber} `}
      {item.ticketSubject}
    </Anchor>
  );

  return (
    <>
      <Timeline bulletSize={22} lineWidth={2} active={Math.min(shown, activity.length) - 1} data-testid="customer-activity">
        {activity.slice(0, shown).map((item) => (
          <Timeline.Item key={`${item.kind}-${item.id}`} bullet={bulletOf(item)} color={colorOf(item)} data-testid="activity-item" data-kind={item.kind}>
            {item.kind === 'warehouse' ? (
              <WarehouseActivity item={item} />
            ) : (
              <>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                    {item.kind === 'ticket' && (
                      <>
                        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                          Ticket opened
                        </Text>
                        <ChannelIcon channel={item.channel} size={14} />
                        <StatusBadge status={item.status} />
                      </>
                    )}
                    {item.kind === 'message' && (
                      <>
                        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                          {who(item)}
                        </Text>
                        <ChannelIcon channel={item.channel} size={14} />
                      </>
                    )}
                    {item.kind === 'csat' && (
                      <>
                        <Text size="sm" fw={600}>
                          Rated
                        </Text>
                        <Badge size="sm" color={colorOf(item)} variant="light">
                          {item.score} / 5
                        </Badge>
                      </>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {formatTime.dayTime(item.at)}
                  </Text>
                </Group>
                {item.kind === 'message' && (
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    {item.preview}
                  </Text>
                )}
                {item.kind === 'csat' && item.comment && (
                  <Text size="sm" c="dimmed" fs="italic" lineClamp={2}>
                    “{item.comment}”
                  </Text>
                )}
                {ticketLink(item)}
              </>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
      {activity.length > shown && (
        <Group justify="center" mt="sm">
          <Button variant="subtle" size="xs" onClick={() => setShown((n) => n + PAGE)}>
            Show older ({activity.length - shown} more)
          </Button>
        </Group>
      )}
    </>
  );
}
