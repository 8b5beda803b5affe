import { Group, Select } from '@mantine/core';
import { IconPackage, IconTruckDelivery } from '@tabler/icons-react';
import type { TicketDetail } from '../../core';
import { useRelayQuery } from '../bridge/useRelayQuery';
import type { TicketChange } from './useTicketUpdate';

const refreshOn = ['orders', 'shipments'] as const;
const words = (status: string): string => status.replace(/_/g, ' ');

/** Link the ticket to one of its customer's orders and shipments (searchable; clearing unlinks). */
export function LinkPickers({ detail, onChange }: { detail: TicketDetail; onChange(change: TicketChange): void }) {
  const { ticket } = detail;
  const { data } = useRelayQuery('tickets.linkOptions', { ticketId: ticket.id }, refreshOn);
  const orders = (data?.orders ?? []).map((o) => ({ value: o.id, label: `${o.number} · ${words(o.status)}` }));
  if (detail.order && !orders.some((o) => o.value === detail.order!.id)) {
    orders.unshift({ value: detail.order.id, label: `${detail.order.number} · ${words(detail.order.status)}` });
  }
  const shipments = (data?.shipments ?? []).map((s) => ({
    value: s.id,
    label: `${s.trackingNumber} · ${s.carrier} · ${words(s.status)}${s.destination ? ` → ${s.destination}` : ''}`,
  }));
  if (detail.shipment && !shipments.some((s) => s.value === detail.shipment!.id)) {
    const s = detail.shipment;
    shipments.unshift({ value: s.id, label: `${s.trackingNumber} · ${s.carrier} · ${words(s.status)}` });
  }
  // selectFirstOptionOnChange: Enter takes the best match of what was typed.
  const common = { size: 'xs', searchable: true, selectFirstOptionOnChange: true, clearable: true, nothingFoundMessage: 'Nothing of this customer matches', comboboxProps: { width: 380, position: 'bottom-start' } } as const;
  return (
    <Group gap="xs" wrap="nowrap" data-testid="link-pickers" style={{ flexShrink: 0 }}>
      <Select
        {...common}
        aria-label="Linked order"
        placeholder={orders.length === 0 ? 'No orders' : 'Link an order'}
        leftSection={<IconPackage size={14} />}
        data={orders}
        value={ticket.orderId}
        onChange={(orderId) => orderId !== ticket.orderId && onChange({ orderId })}
        w={180}
      />
      <Select
        {...common}
        aria-label="Linked shipment"
        placeholder={shipments.length === 0 ? 'No shipments' : 'Link a shipment'}
        leftSection={<IconTruckDelivery size={14} />}
        data={shipments}
        value={ticket.shipmentId}
        onChange={(shipmentId) => shipmentId !== ticket.shipmentId && onChange({ shipmentId })}
        w={240}
      />
    </Group>
  );
}
