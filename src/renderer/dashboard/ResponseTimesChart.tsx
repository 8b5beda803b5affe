import { LineChart } from '@mantine/charts';
import type { Dashboard } from '../../core';
import { ChartCard } from './ChartCard';
import { formatMetric } from './formatMetric';

const HOUR = 3_600_000;

/** Median first-response and resolution time per day/week, in hours. */
export function ResponseTimesChart({ data, granularity }: { data: Dashboard['responseTimes']; granularity: 'day' | 'week' }) {
  const points = data.series.map((p) => ({
    at: formatMetric.bucket(p.at, granularity),
    'First response': p.firstResponseMedianMs === null ? null : p.firstResponseMedianMs / HOUR,
    Resolution: p.resolutionMedianMs === null ? null : p.resolutionMedianMs / HOUR,
  }));
  return (
    <ChartCard
      title="Response and resolution times"
      description={`Median hours per ${granularity}: first reply after the ticket opened (by reply date), and opened → solved (by solve date).`}
      empty={data.firstResponse.count + data.resolution.count === 0 ? 'No first replies and no solved tickets in this period.' : null}
      testId="chart-response-times"
    >
      <LineChart
        h={200}
        data={points}
        dataKey="at"
        series={[
          { name: 'First response', color: 'indigo.6' },
          { name: 'Resolution', color: 'teal.6' },
        ]}
        connectNulls
        withLegend
        legendProps={{ verticalAlign: 'top', height: 28 }}
        valueFormatter={(h) => formatMetric.duration(h * HOUR)}
        yAxisProps={{ tickFormatter: (h: number) => `${Math.round(h)} h`, width: 48 }}
        curveType="monotone"
      />
    </ChartCard>
  );
}
