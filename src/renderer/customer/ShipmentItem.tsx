import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { ShipmentSummary } from '../../core/contract/channels/customerChannels';
import { EtaVersusPromise } from './EtaVersusPromise';
import { logisticsLabels } from './logisticsLabels';
import { ShipmentTimeline } from './ShipmentTimeline';
import { ShipmentActionsPanel } from '../shipmentActions/ShipmentActionsPanel';

/** One shipment as an accordion item; its tracking timeline loads when it is opened. */
export function ShipmentItem({ shipment, opened }: { shipment: ShipmentSummary; opened: boolean }) {
  return (
    <Accordion.Item value={shipment.id} data-testid="shipment-item" data-shipment-id={shipment.id}>
      <Accordion.Control aria-label={`Shipment ${shipment.trackingNumber}`}>
        <Stack gap={2}>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" fw={600} ff="monospace" data-testid="shipment-tracking-number">
              {shipment.trackingNumber}
            </Text>
            <Badge size="xs" variant="light" color={logisticsLabels.shipmentColor[shipment.status]}>
              {logisticsLabels.shipment[shipment.status]}
            </Badge>
            <Text size="xs" c="dimmed" truncate>
              {shipment.carrier} · {logisticsLabels.mode[shipment.mode]}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Text size="xs" c="dimmed" truncate>
              {shipment.origin}
            </Text>
            <IconArrowRight size={11} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
            <Text size="xs" c="dimmed" truncate mr="xs">
              {shipment.destination}
            </Text>
            <EtaVersusPromise shipment={shipment} />
          </Group>
        </Stack>
      </Accordion.Control>
      <Accordion.Panel>
        {opened && (
          <>
            <ShipmentActionsPanel shipment={shipment} />
            <ShipmentTimeline shipmentId={shipment.id} />
          </>
        )}
      </Accordion.Panel>
    </Accordion.Item>
  );
}
