import { LineChart } from '@mantine/charts';
import type { Dashboard } from '../../core';
import { ChartCard } from './ChartCard';
import { formatMetric } from './formatMetric';

/** Share of deliveries on or before the promised date, per day/week of delivery. */
export function OnTimeChart({ data, granularity }: { data: Dashboard['delivery']; granularity: 'day' | 'week' }) {
  const points = data.series.map((p) => ({
    at: formatMetric.bucket(p.at, granularity),
    'On time': p.delivered === 0 ? null : Math.round((1000 * p.onTime) / p.delivered) / 10,
    delivered: p.delivered,
  }));
  return (
    <ChartCard
      title="On-time delivery"
      description="% of shipments delivered on or before the promised date, by delivery day. All customers’ shipments (shipments have no team)."
      empty={data.delivered === 0 ? 'No shipment with a promised date was delivered in this period.' : null}
      testId="chart-on-time"
    >
      <LineChart
        h={200}
        data={points}
        dataKey="at"
        series={[{ name: 'On time', color: 'green.6' }]}
        connectNulls
        unit="%"
        yAxisProps={{ domain: [0, 100], width: 48 }}
        curveType="monotone"
      />
    </ChartCard>
  );
}
