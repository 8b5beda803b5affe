import { useSyncExternalStore } from 'react';

/**
 * The shipment the Customer 360 should expand and scroll to (set by the command palette just
 * before it opens the customer). Navigation carries only ids per workspace, so this lives here.
 */
let focus: { customerId: string; shipmentId: string; at: number } | null = null;
const listeners = new Set<() => void>();

export const shipmentFocus = {
  set(customerId: string, shipmentId: string): void {
    focus = { customerId, shipmentId, at: Date.now() };
    for (const listener of listeners) listener();
  },
  clear(): void {
    if (focus === null) return;
    focus = null;
    for (const listener of listeners) listener();
  },
  use(): typeof focus {
    return useSyncExternalStore(
      (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      () => focus,
    );
  },
};
