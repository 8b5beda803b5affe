import type { ShipmentMode } from '../../core';
import type { OutboundConnectors } from '../outbound/deliverMessage';
import type { RetryPolicy } from '../outbound/retryWithBackoff';

export interface RulesOptions {
  /** Sends replies and notifications per channel; a channel without one marks messages failed. */
  connectors: OutboundConnectors;
  retry?: RetryPolicy;
  /** How often the sweep runs (stale shipments, promised dates passing, SLA breaches, deferred notifications); 0 = never (tests sweep by hand). */
  sweepIntervalMs?: number;
  /** Shipments checked per sweep at most (the sweep walks the fleet round-robin). */
  sweepBatch?: number;
  staleThresholds?: Partial<Record<ShipmentMode, number>>;
  /** Verifies provider delivery callbacks (POST /api/v1/outbound/status); no route without it. */
  deliveryCallbackSecret?: string;
  /** The rules' clock (tests inject one); defaults to the hub's. */
  now?: () => number;
}

export const defaultSweepIntervalMs = 60_000;
export const defaultSweepBatch = 500;
