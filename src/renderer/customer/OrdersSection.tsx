import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { IconPackage } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { shipmentTiming } from '../../core';
import type { CustomerOrder, ShipmentSummary } from '../../core/contract/channels/customerChannels';
import { useMinuteClock } from '../app/useMinuteClock';
import { EmptyNote } from './EmptyNote';
import { formatLogistics } from './formatLogistics';
import { OrderLines } from './OrderLines';
import { ShipmentItem } from './ShipmentItem';

const LOOSE = 'loose-shipments';

interface Props {
  orders: CustomerOrder[];
  looseShipments: ShipmentSummary[];
  totalOrders: number;
  /** A shipment to open and scroll to (from the command palette); `at` tells repeated requests apart. */
  focus: { shipmentId: string; at: number } | null;
}

function Shipments({ shipments, open, onChange }: { shipments: ShipmentSummary[]; open: string[]; onChange(v: string[]): void }) {
  if (shipments.length === 0) return <EmptyNote>Not shipped yet.</EmptyNote>;
  return (
    <Accordion multiple value={open} onChange={onChange} variant="contained" radius="md" chevronPosition="left">
      {shipments.map((s) => (
        <ShipmentItem key={s.id} shipment={s} opened={open.includes(s.id)} />
      ))}
    </Accordion>
  );
}

/** Orders newest first, each with its lines and shipments; shipments open to their tracking timeline. */
export function OrdersSection({ orders, looseShipments, totalOrders, focus }: Props) {
  const [openOrders, setOpenOrders] = useState<string[]>([]);
  const [openShipments, setOpenShipments] = useState<string[]>([]);
  const now = useMinuteClock();

  // Applied once per focus: later data refreshes must not pull the agent back to it.
  const applied = useRef<number | null>(null);
  useEffect(() => {
    if (!focus || applied.current === focus.at) return;
    applied.current = focus.at;
    const focusShipmentId = focus.shipmentId;
    const order = orders.find((o) => o.shipments.some((s) => s.id === focusShipmentId));
    const group = order ? order.id : looseShipments.some((s) => s.id === focusShipmentId) ? LOOSE : null;
    if (!group) return;
    setOpenOrders((open) => (open.includes(group) ? open : [...open, group]));
    setOpenShipments((open) => (open.includes(focusShipmentId) ? open : [...open, focusShipmentId]));
    // After the accordions have opened, bring the shipment into view.
    setTimeout(() => {
      document.querySelector(`[data-shipment-id="${focusShipmentId}"]`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    }, 400);
  }, [focus, orders, looseShipments]);

  if (orders.length === 0 && looseShipments.length === 0) {
    return <EmptyNote>No orders or shipments for this customer in the replica.</EmptyNote>;
  }
  return (
    <Stack gap="xs" data-testid="customer-orders">
      <Accordion multiple value={openOrders} onChange={setOpenOrders} variant="separated" radius="md">
        {orders.map((order) => {
          const late = order.shipments.filter((s) => shipmentTiming(s, now).state === 'late').length;
          return (
            <Accordion.Item key={order.id} value={order.id} data-testid="order-item">
              <Accordion.Control icon={<IconPackage size={18} stroke={1.6} />}>
                <Group justify="space-between" wrap="nowrap" gap="xs">
                  <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                    <Text size="sm" fw={700} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {order.number}
                    </Text>
                    {/* Badges truncate in a narrow window: the title keeps the full text. */}
                    <Badge size="xs" variant="default" tt="none" title={order.status.replace('_', ' ')}>
                      {order.status.replace('_', ' ')}
                    </Badge>
                    {order.backorderExpected !== null && (
                      <Badge size="xs" color="orange" variant="light" tt="none" data-testid="order-backorder-expected" title="When the warehouse expects the backordered goods">
                        expected {formatLogistics.date(order.backorderExpected)}
                      </Badge>
                    )}
                    {late > 0 && (
                      <Badge size="xs" color="red" variant="light" title={`${late} late`}>
                        {late} late
                      </Badge>
                    )}
                  </Group>
                  <Group gap="md" wrap="nowrap">
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {order.shipments.length} {order.shipments.length === 1 ? 'shipment' : 'shipments'} · {formatLogistics.date(order.createdAt)}
                    </Text>
                    <Text size="sm" fw={600} ta="right" pr="xs" style={{ whiteSpace: 'nowrap' }}>
                      {formatLogistics.money(order.total, order.currency)}
                    </Text>
                  </Group>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <OrderLines lines={order.lines} currency={order.currency} />
                  <Shipments shipments={order.shipments} open={openShipments} onChange={setOpenShipments} />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
        {looseShipments.length > 0 && (
          <Accordion.Item value={LOOSE} data-testid="order-item">
            <Accordion.Control icon={<IconPackage size={18} stroke={1.6} />}>
              <Text size="sm" fw={600}>
                Shipments without an order ({looseShipments.length})
              </Text>
            </Accordion.Control>
            <Accordion.Panel>
              <Shipments shipments={looseShipments} open={openShipments} onChange={setOpenShipments} />
            </Accordion.Panel>
          </Accordion.Item>
        )}
      </Accordion>
      {totalOrders > orders.length && (
        <Text size="xs" c="dimmed" ta="center">
          Showing the latest {orders.length} of {totalOrders.toLocaleString()} orders.
        </Text>
      )}
    </Stack>
  );
}
