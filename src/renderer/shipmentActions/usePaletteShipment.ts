import { useSyncExternalStore } from 'react';
import { paletteShipment, type PaletteShipment } from './paletteShipment';

/** The shipment the palette offers actions on right now (see paletteShipment). */
export function usePaletteShipment(): PaletteShipment | null {
  return useSyncExternalStore(paletteShipment.subscribe, paletteShipment.current);
}
