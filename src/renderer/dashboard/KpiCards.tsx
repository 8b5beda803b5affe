import { Card, SimpleGrid, Text } from '@mantine/core';
import type { Dashboard } from '../../core';
import { formatMetric } from './formatMetric';

interface Kpi {
  key: string;
  label: string;
  value: string;
  detail: string;
}

/** The six headline numbers, each with the count behind it so a lead can judge how solid it is. */
export function KpiCards({ data }: { data: Dashboard }) {
  const { openTickets, responseTimes, sla, csat, delivery } = data;
  const slaMet = sla.firstResponse.met + sla.resolution.met;
  const slaAll = slaMet + sla.firstResponse.missed + sla.resolution.missed;
  const kpis: Kpi[] = [
    { key: 'open', label: 'Open tickets now', value: formatMetric.count(openTickets.total), detail: `${formatMetric.count(openTickets.byStatus.find((s) => s.status === 'new')?.count ?? 0)} new` },
    {
      key: 'first-response',
      label: 'Median first response',
      value: formatMetric.shortDuration(responseTimes.firstResponse.medianMs),
      detail: `${formatMetric.count(responseTimes.firstResponse.count)} first replies`,
    },
    {
      key: 'resolution',
      label: 'Median resolution',
      value: formatMetric.shortDuration(responseTimes.resolution.medianMs),
      detail: `${formatMetric.count(responseTimes.resolution.count)} tickets solved`,
    },
    {
      key: 'sla',
      label: 'SLA attained',
      value: formatMetric.percent(slaMet, slaAll),
      detail: `reply ${formatMetric.percent(sla.firstResponse.met, sla.firstResponse.met + sla.firstResponse.missed)} · solve ${formatMetric.percent(sla.resolution.met, sla.resolution.met + sla.resolution.missed)}`,
    },
    {
      key: 'csat',
      label: 'CSAT',
      value: csat.average === null ? '–' : `${csat.average.toFixed(1)} / 5`,
      detail: csat.responses === 0 ? 'no responses' : `${formatMetric.percent(csat.satisfied, csat.responses)} satisfied · ${formatMetric.count(csat.responses)}`,
    },
    {
      key: 'on-time',
      label: 'On-time delivery',
      value: formatMetric.percent(delivery.onTime, delivery.delivered),
      detail: `${formatMetric.count(delivery.onTime)} of ${formatMetric.count(delivery.delivered)} delivered`,
    },
  ];
  // Six in a row only where each card is wide enough for "3h 30m"; three below.
  return (
    <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="sm">
      {kpis.map((k) => (
        <Card key={k.key} withBorder padding="sm" radius="md" data-testid={`kpi-${k.key}`} style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" truncate="end" title={k.label}>
            {k.label}
          </Text>
          <Text fz={24} fw={700} lh={1.3} data-testid="kpi-value" truncate="end" title={k.value}>
            {k.value}
          </Text>
          <Text size="xs" c="dimmed" truncate="end" title={k.detail}>
            {k.detail}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}
