import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconTruckDelivery } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { shipmentActionKindsAllowed, shipmentActionLabels, type ShipmentActionKind, type ShipmentStatus, type ThreadMessage } from '../../core';
import { ShipmentActionModal, type ActionTarget } from './ShipmentActionModal';
import { paletteShipment } from './paletteShipment';

/**
 * "Shipment actions" on a shipment: one entry per kind its state allows (core's rule, as the
 * mutation applies it), each opening its form. While shown, the command palette offers them too.
 */
export function ShipmentActionsMenu({ target, status, messages = [] }: { target: ActionTarget; status: ShipmentStatus; messages?: ThreadMessage[] }) {
  const [kind, setKind] = useState<ShipmentActionKind | null>(null);
  const allowed = shipmentActionKindsAllowed(status);
  const { shipmentId, carrier, trackingNumber, ticketId } = target;
  useEffect(
    () => paletteShipment.register({ target: { shipmentId, carrier, trackingNumber, ticketId }, status, open: setKind }),
    [shipmentId, carrier, trackingNumber, ticketId, status],
  );
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-xs" variant="default" leftSection={<IconTruckDelivery size={14} />} rightSection={<IconChevronDown size={12} />} data-testid="shipment-actions">
            Shipment actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{allowed.length === 0 ? `Nothing to ask ${carrier} while the shipment is ${status.replace(/_/g, ' ')}` : `Ask ${carrier} to…`}</Menu.Label>
          {allowed.map((k) => (
            <Menu.Item key={k} onClick={() => setKind(k)} data-testid={`shipment-action-${k}`}>
              {shipmentActionLabels[k]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ShipmentActionModal key={kind ?? 'none'} kind={kind} target={target} messages={messages} onClose={() => setKind(null)} />
    </>
  );
}
