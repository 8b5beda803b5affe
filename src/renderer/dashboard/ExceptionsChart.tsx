import { BarChart } from '@mantine/charts';
import type { Dashboard } from '../../core';
import { ChartCard } from './ChartCard';
import { dashboardLabels } from './dashboardLabels';
import { formatMetric } from './formatMetric';

/** Exceptions detected per day/week, stacked by type; only the types that occurred. */
export function ExceptionsChart({ data, granularity }: { data: Dashboard['exceptions']; granularity: 'day' | 'week' }) {
  const types = data.byType.map((t) => t.type);
  const points = data.series.map((p) => ({
    at: formatMetric.bucket(p.at, granularity),
    ...Object.fromEntries(types.map((t) => [dashboardLabels.exceptionType[t], p.counts[t] ?? 0])),
  }));
  return (
    <ChartCard
      title="Exceptions by type"
      description={`Shipment exceptions of your teams, by the ${granularity} they were detected (${formatMetric.count(data.total)} in the period).`}
      empty={data.total === 0 ? 'No shipment exceptions were detected in this period.' : null}
      testId="chart-exceptions"
    >
      <BarChart
        h={220}
        data={points}
        dataKey="at"
        type="stacked"
        series={types.map((t) => ({ name: dashboardLabels.exceptionType[t], color: dashboardLabels.exceptionColor[t] }))}
        withLegend
        legendProps={{ verticalAlign: 'top', height: 36 }}
        valueFormatter={formatMetric.count}
        yAxisProps={{ allowDecimals: false, width: 40 }}
      />
    </ChartCard>
  );
}
