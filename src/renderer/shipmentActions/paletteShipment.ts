import type { ShipmentActionKind, ShipmentStatus } from '../../core';
import type { ActionTarget } from './ShipmentActionModal';

/** The shipment on screen the palette may act on, and how to open its form where it is shown. */
export interface PaletteShipment {
  target: ActionTarget;
  status: ShipmentStatus;
  open(kind: ShipmentActionKind): void;
}

type Listener = () => void;
const shown: PaletteShipment[] = [];
const listeners = new Set<Listener>();
const notify = () => listeners.forEach((l) => l());

/**
 * Which shipment the command palette offers actions on: the ticket view's linked shipment or the
 * 360's opened one registers while mounted; the latest registered (still mounted) wins.
 */
export const paletteShipment = {
  current(): PaletteShipment | null {
    return shown.at(-1) ?? null;
  },
  register(entry: PaletteShipment): () => void {
    shown.push(entry);
    notify();
    return () => {
      const i = shown.indexOf(entry);
      if (i >= 0) shown.splice(i, 1);
      notify();
    };
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
