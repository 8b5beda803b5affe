import { LineChart } from '@mantine/charts';
import type { Dashboard } from '../../core';
import { ChartCard } from './ChartCard';
import { formatMetric } from './formatMetric';

/** Average CSAT score (1–5) per day/week. */
export function CsatTrendChart({ data, granularity }: { data: Dashboard['csat']; granularity: 'day' | 'week' }) {
  const points = data.series.map((p) => ({
    at: formatMetric.bucket(p.at, granularity),
    'Average score': p.average === null ? null : Math.round(p.average * 100) / 100,
  }));
  return (
    <ChartCard
      title="Customer satisfaction"
      description="Average survey score (1–5) of responses received; 4 or 5 counts as satisfied."
      empty={data.responses === 0 ? 'No CSAT responses in this period.' : null}
      testId="chart-csat"
    >
      <LineChart
        h={200}
        data={points}
        dataKey="at"
        series={[{ name: 'Average score', color: 'yellow.6' }]}
        connectNulls
        valueFormatter={(v) => v.toFixed(1)}
        yAxisProps={{ domain: [1, 5], ticks: [1, 2, 3, 4, 5], width: 32 }}
        referenceLines={[{ y: 4, label: 'satisfied', color: 'gray.5' }]}
        curveType="monotone"
      />
    </ChartCard>
  );
}
