import type { ShipmentMode } from '../../core';
import type { OutboundConnectors } from '../outbound/deliverMessage';
import type { RetryPolicy } from '../outbound/retryWithBackoff';

export interface RulesOptions {
  /** Sends replies and notifications per channel; a channel without one holds its messages (`held`). */
  connectors: OutboundConnectors;
  retry?: RetryPolicy;
  /** How often the sweep runs (stale shipments, promised dates passing, SLA breaches, deferred notifications); 0 = never (tests sweep by hand). */
  sweepIntervalMs?: number;
  /** Whether the sweep re-checks unfinished shipments (default true); off in embedded demo hubs (embeddedRulesOptions). */
  sweepShipments?: boolean;
  /** Shipments checked per sweep at most (the sweep walks the fleet round-robin). */
  sweepBatch?: number;
  staleThresholds?: Partial<Record<ShipmentMode, number>>;
  /** Verifies provider delivery callbacks (POST /api/v1/outbound/status); no route without it. */
  deliveryCallbackSecret?: string;
  /** Overdue tickets read per SLA sweep page (default 1,000). */
  slaPageSize?: number;
  /** This node's name for outbound claims; default a fresh id per engine. */
  nodeId?: string;
  /** A send claim older than this may be taken over by another node (default 10 min: longer than any retry run). */
  claimTimeoutMs?: number;
  /** The rules' clock (tests inject one); defaults to the hub's. */
  now?: () => number;
}

export const defaultSweepIntervalMs = 60_000;
export const defaultSweepBatch = 500;
