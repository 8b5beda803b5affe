import type { ExceptionSeverity, ExceptionType } from '../../logistics/exceptionKinds';
import type { ShipmentFacts } from './ShipmentFacts';

const HOUR = 3_600_000;
const order: readonly ExceptionSeverity[] = ['low', 'medium', 'high', 'critical'];

/** Goods worth at least this (major units) make a damaged or lost shipment critical. */
export const highValueThreshold = 5_000;

/** Measures detection passes along so severity can grow with the problem. */
export interface SeverityInputs {
  /** delay: how late (ETA or now past the promised date), ms. */
  lateByMs?: number;
  /** stale: ms since the last scan, and the mode's threshold. */
  silentMs?: number;
  staleThresholdMs?: number;
  /** customs_hold: ms held so far. */
  heldMs?: number;
  /** failed_delivery: attempts without a delivery. */
  attempts?: number;
}

/**
 * Severity table (documented in src/core/rules/README.md):
 *   delay            low < 24 h late, medium < 72 h, high beyond; explicit "delayed" scan alone: medium
 *   damaged, lost    high; critical for platinum customers or declared value >= 5,000
 *   customs_hold     medium; high once held 72 h
 *   failed_delivery  medium; high from the second attempt
 *   address_issue    medium
 *   refused          high
 *   returned         high
 *   stale            medium; high once silent for twice the mode's threshold
 * Platinum customers raise every type one step (capped at critical); damaged/lost already did.
 */
export function exceptionSeverity(type: ExceptionType, shipment: ShipmentFacts, inputs: SeverityInputs = {}): ExceptionSeverity {
  const base = baseSeverity(type, shipment, inputs);
  if (type === 'damaged' || type === 'lost') return base;
  return shipment.customerTier === 'platinum' ? raise(base) : base;
}

function baseSeverity(type: ExceptionType, shipment: ShipmentFacts, inputs: SeverityInputs): ExceptionSeverity {
  switch (type) {
    case 'delay': {
      if (inputs.lateByMs === undefined) return 'medium';
      if (inputs.lateByMs < 24 * HOUR) return 'low';
      return inputs.lateByMs < 72 * HOUR ? 'medium' : 'high';
    }
    case 'damaged':
    case 'lost':
      return shipment.customerTier === 'platinum' || (shipment.declaredValue ?? 0) >= highValueThreshold ? 'critical' : 'high';
    case 'customs_hold':
      return (inputs.heldMs ?? 0) >= 72 * HOUR ? 'high' : 'medium';
    case 'failed_delivery':
      return (inputs.attempts ?? 1) >= 2 ? 'high' : 'medium';
    case 'address_issue':
      return 'medium';
    case 'refused':
    case 'returned':
      return 'high';
    case 'stale': {
      const { silentMs, staleThresholdMs } = inputs;
      return silentMs !== undefined && staleThresholdMs !== undefined && silentMs >= 2 * staleThresholdMs ? 'high' : 'medium';
    }
    // Warehouse exceptions are never detected from scans; their severity is core/warehouse's.
    case 'backorder':
    case 'short_pick':
      return 'medium';
  }
}

function raise(severity: ExceptionSeverity): ExceptionSeverity {
  return order[Math.min(order.indexOf(severity) + 1, order.length - 1)] ?? 'critical';
}

/** True when `a` is more severe than `b`. */
export function isMoreSevere(a: ExceptionSeverity, b: ExceptionSeverity): boolean {
  return order.indexOf(a) > order.indexOf(b);
}
