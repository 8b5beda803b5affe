import { Alert, Badge, Center, Code, Group, Loader, Text, Timeline, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconMapPin, IconQuestionMark } from '@tabler/icons-react';
import { formatTime } from '../app/formatTime';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { logisticsLabels } from './logisticsLabels';

const refreshOn = ['tracking_events'] as const;

/** A shipment's scans, newest first: normalised status, the carrier's raw code, where and when. */
export function ShipmentTimeline({ shipmentId }: { shipmentId: string }) {
  const timeline = useRelayQuery('shipments.timeline', { shipmentId }, refreshOn);
  if (timeline.error) {
    return (
      <Alert color="red" icon={<IconAlertCircle />} title="Could not load the tracking history">
        {timeline.error.message}
      </Alert>
    );
  }
  if (!timeline.data) {
    return (
      <Center py="sm">
        <Loader size="xs" />
      </Center>
    );
  }
  if (timeline.data.length === 0) {
    return (
      <Text size="sm" c="dimmed" py={4} data-testid="tracking-empty">
        No carrier scans yet. The timeline fills in as the carrier reports.
      </Text>
    );
  }
  return (
    <Timeline
      active={timeline.data.length - 1}
      bulletSize={18}
      lineWidth={2}
      // Denser than the default spacing: agents scan many scans at once.
      styles={{ item: { marginTop: 0, paddingBottom: 'var(--mantine-spacing-xs)' } }}
      data-testid="tracking-timeline"
    >
      {timeline.data.map((event) => (
        <Timeline.Item
          key={event.id}
          color={logisticsLabels.trackingColor(event.status)}
          bullet={event.flagged ? <IconQuestionMark size={12} /> : undefined}
          data-testid="tracking-event"
          title={
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" fw={600}>
                {logisticsLabels.tracking[event.status]}
              </Text>
              <Tooltip label={event.rawReason ? `Carrier code ${event.rawCode}, reason ${event.rawReason} (${event.source})` : `Carrier code (${event.source})`}>
                <Code data-testid="tracking-raw-code">{event.rawReason ? `${event.rawCode}/${event.rawReason}` : event.rawCode}</Code>
              </Tooltip>
              {event.flagged && (
                <Badge size="xs" color="gray" variant="outline">
                  needs mapping
                </Badge>
              )}
            </Group>
          }
        >
          <Group gap="md" wrap="nowrap">
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatTime.dayTime(event.occurredAt)}
            </Text>
            <Group gap={4} wrap="nowrap" style={{ minWidth: 0 }}>
              <IconMapPin size={12} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
              <Text size="xs" c="dimmed" truncate>
                {event.location ?? 'No location reported'}
              </Text>
            </Group>
          </Group>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
