import { BarChart, DonutChart } from '@mantine/charts';
import { Group, Stack, Text } from '@mantine/core';
import type { Channel, Dashboard } from '../../core';
import { ticketLabels } from '../app/ticketLabels';
import { ChartCard } from './ChartCard';
import { formatMetric } from './formatMetric';

const channelColor: Record<Channel, string> = { email: 'indigo.6', chat: 'teal.6', sms: 'orange.6', social: 'pink.6', phone: 'cyan.6' };

/** Open tickets right now, by status (bars) and by channel (donut with its legend). */
export function OpenTicketsPanel({ data }: { data: Dashboard['openTickets'] }) {
  const byStatus = data.byStatus.map((s) => ({ status: ticketLabels.status[s.status], Tickets: s.count }));
  const byChannel = data.byChannel.map((c) => ({ name: ticketLabels.channel[c.channel], value: c.count, color: channelColor[c.channel] }));
  return (
    <ChartCard
      title="Open tickets now"
      description="New, open, pending and on-hold tickets at this moment (not limited to the period)."
      empty={data.total === 0 ? 'No open tickets: the queue is empty.' : null}
      testId="chart-open-tickets"
    >
      <Group align="center" wrap="nowrap" gap="md">
        <BarChart
          h={200}
          style={{ flex: 1, minWidth: 0 }}
          data={byStatus}
          dataKey="status"
          series={[{ name: 'Tickets', color: 'indigo.6' }]}
          withBarValueLabel
          valueFormatter={formatMetric.count}
          gridAxis="y"
        />
        <Stack gap={4} align="center" w={170}>
          <DonutChart data={byChannel} size={120} thickness={20} withTooltip valueFormatter={formatMetric.count} chartLabel={formatMetric.count(data.total)} />
          {byChannel.map((c) => (
            <Group key={c.name} gap={6} wrap="nowrap" w="100%" justify="space-between">
              <Group gap={6} wrap="nowrap">
                <div style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${c.color.replace('.', '-')})` }} />
                <Text size="xs">{c.name}</Text>
              </Group>
              <Text size="xs" c="dimmed">
                {formatMetric.count(c.value)}
              </Text>
            </Group>
          ))}
        </Stack>
      </Group>
    </ChartCard>
  );
}
