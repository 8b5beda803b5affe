import { BarChart } from '@mantine/charts';
import type { Dashboard } from '../../core';
import { ChartCard } from './ChartCard';
import { formatMetric } from './formatMetric';

/**
 * SLA targets met vs missed per day/week (first reply and resolution together), as stacked
 * counts: a daily percentage of a handful of tickets swings 0–100 % and reads as noise.
 */
export function SlaTrendChart({ data, granularity }: { data: Dashboard['sla']; granularity: 'day' | 'week' }) {
  const points = data.series.map((p) => ({
    at: formatMetric.bucket(p.at, granularity),
    Met: p.firstResponseMet + p.resolutionMet,
    Missed: p.firstResponseMissed + p.resolutionMissed,
  }));
  const met = data.firstResponse.met + data.resolution.met;
  const decided = met + data.firstResponse.missed + data.resolution.missed;
  return (
    <ChartCard
      title="SLA targets met and missed"
      description={`First-reply and resolution targets, on the ${granularity} each was met or missed (${formatMetric.percent(met, decided)} met). Paused (pending/on-hold) and still-running clocks are not counted.`}
      empty={decided === 0 ? 'No SLA target was met or missed in this period.' : null}
      testId="chart-sla"
    >
      <BarChart
        h={200}
        data={points}
        dataKey="at"
        type="stacked"
        series={[
          { name: 'Met', color: 'teal.6' },
          { name: 'Missed', color: 'red.6' },
        ]}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 28 }}
        valueFormatter={formatMetric.count}
        yAxisProps={{ allowDecimals: false, width: 40 }}
      />
    </ChartCard>
  );
}
