import { BarChart } from '@mantine/charts';
import { Box, Center, Group, Loader, SegmentedControl, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { DashboardSegments, SegmentDimension } from '../../core';
import { ChartCard } from './ChartCard';
import { dashboardLabels } from './dashboardLabels';
import { formatMetric } from './formatMetric';

const dimensions: SegmentDimension[] = ['frequency', 'volume', 'revenue', 'exceptionRate', 'segment'];

/** Customers with orders in the period, grouped by one dimension: bar chart of customers plus the full table. */
export function SegmentsPanel({ data }: { data: DashboardSegments | undefined }) {
  const [dimension, setDimension] = useState<SegmentDimension>('frequency');
  const rows = data?.[dimension] ?? [];
  const picker = (
    <SegmentedControl
      size="xs"
      aria-label="Group customers by"
      value={dimension}
      onChange={(v) => setDimension(v as SegmentDimension)}
      data={dimensions.map((d) => ({ value: d, label: dashboardLabels.dimension[d] }))}
    />
  );
  return (
    <ChartCard
      title="Customer segments"
      description={`Customers with at least one order in the period${data ? ` (${formatMetric.count(data.customers)})` : ''}, grouped by ${dashboardLabels.dimension[dimension].toLowerCase()}: ${dashboardLabels.dimensionHelp[dimension]}`}
      empty={data && data.customers === 0 ? 'No customer placed an order in this period.' : null}
      testId="chart-segments"
      aside={picker}
    >
      {data === undefined ? (
        <Center h={200}>
          <Loader size="sm" />
        </Center>
      ) : (
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <BarChart
            h={220}
            w={320}
            data={rows.map((r) => ({ bucket: r.label, Customers: r.customers }))}
            dataKey="bucket"
            series={[{ name: 'Customers', color: 'indigo.6' }]}
            withBarValueLabel
            valueFormatter={formatMetric.count}
            yAxisProps={{ allowDecimals: false, width: 40 }}
            xAxisProps={{ interval: 0, tick: { fontSize: 10 } }}
          />
          <Box style={{ flex: 1, minWidth: 0 }}>
            <Table striped highlightOnHover fz="xs" data-testid="segments-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Group</Table.Th>
                  <Table.Th ta="right">Customers</Table.Th>
                  <Table.Th ta="right">Orders</Table.Th>
                  <Table.Th ta="right">Units</Table.Th>
                  <Table.Th ta="right">Revenue</Table.Th>
                  <Table.Th ta="right">Shipments</Table.Th>
                  <Table.Th ta="right">Exception rate</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Td>
                      <Text size="xs" truncate="end" maw={160}>
                        {r.label}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">{formatMetric.count(r.customers)}</Table.Td>
                    <Table.Td ta="right">{formatMetric.count(r.orders)}</Table.Td>
                    <Table.Td ta="right">{formatMetric.count(r.units)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {r.customers === 0 ? '–' : formatMetric.eur(r.revenueEur)}
                    </Table.Td>
                    <Table.Td ta="right">{formatMetric.count(r.shipments)}</Table.Td>
                    <Table.Td ta="right">{formatMetric.percent(r.shipmentsWithException, r.shipments)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        </Group>
      )}
    </ChartCard>
  );
}
