import { Paper, SimpleGrid, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CustomerKpis } from '../../core/contract/channels/customerChannels';
import { formatLogistics } from './formatLogistics';
import type { CurrencyBalance } from '../../core';
import { OpenBalanceKpi } from '../invoices/OpenBalanceKpi';

function Kpi({ label, value, hint, testId }: { label: string; value: ReactNode; hint: string; testId: string }) {
  return (
    <Paper withBorder radius="md" px="sm" py={8} data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text fw={700} size="lg" lh={1.3} truncate title={typeof value === 'string' ? value : undefined}>
        {value}
      </Text>
      <Text size="xs" c="dimmed" truncate title={hint}>
        {hint}
      </Text>
    </Paper>
  );
}

/** Orders, revenue, open balance, on-time rate, open tickets and CSAT at a glance. */
export function CustomerKpiCards({ kpis, balance }: { kpis: CustomerKpis; balance?: CurrencyBalance[] }) {
  const [main, ...others] = kpis.revenue;
  const onTime = kpis.delivered === 0 ? null : Math.round((kpis.deliveredOnTime / kpis.delivered) * 100);
  const revenue = main ? formatLogistics.compactMoney(main.total, main.currency) : '—';
  return (
    <SimpleGrid cols={{ base: 3, lg: 6 }} spacing="xs" data-testid="customer-kpis">
      <Kpi label="Orders" value={kpis.orders.toLocaleString()} hint="in this replica" testId="kpi-orders" />
      <Tooltip
        disabled={others.length === 0}
        label={kpis.revenue.map((r) => formatLogistics.money(r.total, r.currency)).join(' · ')}
      >
        <div>
          <Kpi label="Revenue" value={revenue} hint={others.length > 0 ? `+${others.length} ${others.length === 1 ? 'currency' : 'currencies'}` : 'excl. cancelled'} testId="kpi-revenue" />
        </div>
      </Tooltip>
      <OpenBalanceKpi balance={balance ?? []} card={Kpi} />
      <Kpi
        label="On-time"
        value={onTime === null ? '—' : `${onTime}%`}
        hint={kpis.delivered === 0 ? 'no deliveries yet' : `${kpis.deliveredOnTime} of ${kpis.delivered} delivered`}
        testId="kpi-on-time"
      />
      <Kpi label="Open tickets" value={kpis.openTickets} hint="in your queues" testId="kpi-open-tickets" />
      <Kpi
        label="CSAT"
        value={kpis.csatAverage === null ? '—' : `${kpis.csatAverage.toFixed(1)} / 5`}
        hint={kpis.csatResponses === 0 ? 'no ratings yet' : `${kpis.csatResponses} ${kpis.csatResponses === 1 ? 'rating' : 'ratings'}`}
        testId="kpi-csat"
      />
    </SimpleGrid>
  );
}
