import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconTruckDelivery } from '@tabler/icons-react';
import { useState } from 'react';
import { shipmentActionKindSchema, shipmentActionLabels, type ShipmentActionKind, type ThreadMessage } from '../../core';
import { ShipmentActionModal, type ActionTarget } from './ShipmentActionModal';

/** "Shipment actions" on a linked shipment: one entry per kind, each opening its form. */
export function ShipmentActionsMenu({ target, messages = [] }: { target: ActionTarget; messages?: ThreadMessage[] }) {
  const [kind, setKind] = useState<ShipmentActionKind | null>(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-xs" variant="default" leftSection={<IconTruckDelivery size={14} />} rightSection={<IconChevronDown size={12} />} data-testid="shipment-actions">
            Shipment actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            Ask {target.carrier} to…
          </Menu.Label>
          {shipmentActionKindSchema.options.map((k) => (
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
