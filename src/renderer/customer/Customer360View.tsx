import { Alert, Badge, Box, Center, Loader, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { IconAlertCircle, IconArrowMerge, IconFileInvoice, IconListDetails, IconPackages, IconUserSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { ActivityTimeline } from './ActivityTimeline';
import { CustomerHeader } from './CustomerHeader';
import { CustomerKpiCards } from './CustomerKpiCards';
import { OpenExceptions } from './OpenExceptions';
import { OrdersSection } from './OrdersSection';
import { shipmentFocus } from './shipmentFocus';
import { scrollRegion } from '../app/scrollRegion';
import { InvoicesSection } from '../invoices/InvoicesSection';

function Count({ n }: { n: number }) {
  return (
    <Badge size="sm" variant="light" color="gray" circle={n < 10}>
      {n}
    </Badge>
  );
}

const refreshOn = ['customers', 'contacts', 'orders', 'shipments', 'tracking_events', 'warehouse_events', 'tickets', 'messages', 'exceptions', 'csat_responses', 'agents'] as const;
type Tab = 'orders' | 'invoices' | 'activity';
const tabs: readonly Tab[] = ['orders', 'invoices', 'activity'];

/** The Customer 360: profile, KPIs, open exceptions, orders → shipments → tracking, invoices, and activity. */
export function Customer360View({ customerId }: { customerId: string | null }) {
  const view = useRelayQuery('customers.get', customerId === null ? null : { id: customerId }, refreshOn);
  const session = useRelayQuery('session.get', {}, ['agents']);
  const billing = useRelayQuery('invoices.forCustomer', customerId === null ? null : { customerId }, ['invoices']);
  const role = session.data?.agent?.role;
  const focus = shipmentFocus.use();
  const shipment = focus && focus.customerId === customerId ? focus : null;
  const [tab, setTab] = useState<Tab>('orders');
  useEffect(() => {
    if (shipment) setTab('orders');
  }, [shipment]);

  if (customerId === null) {
    return (
      <Center h="100%" p="xl">
        <Box ta="center" maw={360}>
          <IconUserSearch size={40} stroke={1.3} color="var(--mantine-color-dimmed)" />
          <Text fw={600} mt="xs">
            Pick a customer
          </Text>
          <Text size="sm" c="dimmed">
            Choose one from the list, or press Ctrl K anywhere to find a customer, order or tracking number.
          </Text>
        </Box>
      </Center>
    );
  }
  if (view.error) {
    return (
      <Alert m="lg" color="red" icon={<IconAlertCircle />} title="Could not load this customer">
        {view.error.message}
      </Alert>
    );
  }
  if (view.data === undefined) {
    return (
      <Center h="100%">
        <Loader size="sm" />
      </Center>
    );
  }
  if (view.data === null) {
    return (
      <Center h="100%" p="xl">
        <Text c="dimmed">This customer is not on your computer (yet). It appears once sync brings it in.</Text>
      </Center>
    );
  }
  const { customer, contacts, kpis, orders, looseShipments, activity, openExceptions, redirectedFrom } = view.data;
  return (
    <ScrollArea h="100%" type="auto" scrollbars="y" data-testid="customer-360" viewportProps={scrollRegion('Customer 360')}>
      <Stack gap="md" p="lg" maw={1100}>
        {redirectedFrom && (
          <Alert color="blue" icon={<IconArrowMerge />} data-testid="customer-redirected">
            {redirectedFrom.name} was merged into {customer.name}; this is the merged customer.
          </Alert>
        )}
        <CustomerHeader customer={customer} contacts={contacts} canMerge={role === 'lead' || role === 'admin'} />
        <CustomerKpiCards kpis={kpis} balance={billing.data?.balance} />
        <OpenExceptions exceptions={openExceptions} />
        <Tabs value={tab} onChange={(v) => setTab(tabs.find((t) => t === v) ?? 'orders')} keepMounted={false}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="orders" leftSection={<IconPackages size={16} />} rightSection={<Count n={kpis.orders} />}>
              Orders &amp; shipments
            </Tabs.Tab>
            <Tabs.Tab value="invoices" leftSection={<IconFileInvoice size={16} />} rightSection={<Count n={billing.data?.invoices.length ?? 0} />} data-testid="invoices-tab">
              Invoices
            </Tabs.Tab>
            <Tabs.Tab value="activity" leftSection={<IconListDetails size={16} />} rightSection={<Count n={activity.length} />}>
              Tickets &amp; activity
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="orders">
            <OrdersSection orders={orders} looseShipments={looseShipments} totalOrders={kpis.orders} focus={shipment} />
          </Tabs.Panel>
          <Tabs.Panel value="invoices">
            {billing.error ? <Alert color="red" icon={<IconAlertCircle />}>{billing.error.message}</Alert> : <InvoicesSection invoices={billing.data?.invoices ?? []} />}
          </Tabs.Panel>
          <Tabs.Panel value="activity">
            <ActivityTimeline activity={activity} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </ScrollArea>
  );
}
