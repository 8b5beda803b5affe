import { BarChart } from '@mantine/charts';
import { Card, Group, Text } from '@mantine/core';
import { toCsv, type ReportAnswer } from '../../core';
import { ExportCsvButton } from './ExportCsvButton';
import { reportChartData } from './reportChartData';

/** The report's top rows as bars, with their own CSV export (the chart's figures). */
export function ReportChart({ answer }: { answer: ReportAnswer }) {
  const chart = reportChartData(answer);
  if (chart.points.length === 0) return null;
  return (
    <Card withBorder padding="md" radius="md" data-testid="report-chart">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{chart.title}</Text>
        <ExportCsvButton
          label="chart"
          testId="report-chart-export"
          build={() => ({
            fileName: `relay-${answer.kind}-chart.csv`,
            csv: toCsv(['Name', ...chart.series.map((s) => s.name)], chart.points.map((p) => [String(p.label), ...chart.series.map((s) => p[s.name] ?? null)])),
          })}
        />
      </Group>
      <BarChart
        h={Math.max(160, chart.points.length * 32)}
        data={chart.points}
        dataKey="label"
        orientation="vertical"
        series={chart.series}
        yAxisProps={{ width: 180 }}
        withLegend={chart.series.length > 1}
      />
    </Card>
  );
}
