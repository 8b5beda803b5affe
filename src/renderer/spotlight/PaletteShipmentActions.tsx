import { Spotlight } from '@mantine/spotlight';
import { IconTruckDelivery } from '@tabler/icons-react';
import type { ShipmentActionKind } from '../../core';
import type { PaletteShipment } from '../shipmentActions/paletteShipment';

/** The palette's group of carrier requests for the shipment on screen; each opens the same form as the menu. */
export function PaletteShipmentActions({ shown, actions }: { shown: PaletteShipment | null; actions: { kind: ShipmentActionKind; label: string }[] }) {
  if (!shown || actions.length === 0) return null;
  return (
    <Spotlight.ActionsGroup label={`Shipment ${shown.target.trackingNumber} · ${shown.target.carrier}`}>
      {actions.map((a) => (
        <Spotlight.Action
          key={a.kind}
          label={a.label}
          leftSection={<IconTruckDelivery size={18} stroke={1.6} />}
          onClick={() => shown.open(a.kind)}
          data-testid="palette-shipment-action"
          data-kind={a.kind}
        />
      ))}
    </Spotlight.ActionsGroup>
  );
}
