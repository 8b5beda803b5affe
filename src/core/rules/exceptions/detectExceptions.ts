import type { ExceptionType } from '../../logistics/exceptionKinds';
import type { ShipmentMode, TrackingStatus } from '../../logistics/trackingStatus';
import { exceptionDedupeKey, type DetectedException } from './DetectedException';
import { exceptionSeverity, type SeverityInputs } from './exceptionSeverity';
import type { ShipmentFacts, TrackingEventFacts } from './ShipmentFacts';
import { defaultStaleThresholds } from './staleThresholds';

export interface DetectionOptions {
  /** Per-mode silence allowed before "stale", ms; missing modes use the defaults. */
  staleThresholds?: Partial<Record<ShipmentMode, number>>;
}

/** Scans that prove the goods are moving again (they clear "lost" and customs holds). */
const movement: ReadonlySet<TrackingStatus> = new Set([
  'picked_up',
  'in_transit',
  'arrived_at_facility',
  'departed_facility',
  'out_for_delivery',
  'customs_cleared',
  'delivered',
]);
/** A latest scan that explains the silence itself, so it never counts as stale. */
const notStaleAfter: ReadonlySet<TrackingStatus> = new Set([
  'info_received',
  'delivered',
  'returned_to_sender',
  'lost',
  'refused',
  'customs_hold',
  'damaged',
]);

/**
 * The exceptions that should be open for one shipment at `now`, from its scans and dates.
 * Pure and idempotent: the same inputs always give the same list, one entry per type, so
 * re-running after every scan (or on a timer) never produces duplicates. Conditions that a
 * later scan clears (a delivery clears delay, stale, failed delivery, address issue, customs
 * hold, lost) simply stop being returned; `reconcileExceptions` turns that into a resolution.
 */
export function detectExceptions(
  shipment: ShipmentFacts,
  events: readonly TrackingEventFacts[],
  now: number,
  options: DetectionOptions = {},
): DetectedException[] {
  // Stable sort: carriers resend scans out of order; ties keep arrival order.
  const scans = [...events].sort((a, b) => a.occurredAt - b.occurredAt);
  const last = (status: TrackingStatus, before = scans.length): number => {
    for (let i = Math.min(before, scans.length) - 1; i >= 0; i--) if (scans[i]?.status === status) return i;
    return -1;
  };
  const anyAfter = (index: number, statuses: ReadonlySet<TrackingStatus> | readonly TrackingStatus[]): boolean => {
    const set = statuses instanceof Set ? statuses : new Set(statuses);
    return scans.slice(index + 1).some((s) => set.has(s.status));
  };
  const deliveredByStatus = shipment.status === 'delivered';
  const deliveredAfter = (index: number): boolean => deliveredByStatus || anyAfter(index, ['delivered']);
  const found: DetectedException[] = [];
  const add = (type: ExceptionType, since: number, eventId: string | null, reason: string, inputs: SeverityInputs = {}): void => {
    found.push({
      type,
      severity: exceptionSeverity(type, shipment, inputs),
      dedupeKey: exceptionDedupeKey(shipment.id, type),
      since,
      eventId,
      reason,
    });
  };

  const damaged = scans[last('damaged')];
  if (damaged) add('damaged', damaged.occurredAt, damaged.id, 'Carrier reported the goods damaged.');

  const lostAt = last('lost');
  const lost = scans[lostAt];
  if (lost && !deliveredByStatus && !anyAfter(lostAt, movement)) add('lost', lost.occurredAt, lost.id, 'Carrier reported the shipment lost.');

  const holdAt = last('customs_hold');
  if (holdAt >= 0 && !deliveredByStatus && !anyAfter(holdAt, movement)) {
    // The hold began at the first hold scan since goods last cleared or moved.
    let start = holdAt;
    while (start > 0 && !movement.has(scans[start - 1]!.status)) start--;
    const first = scans.slice(start, holdAt + 1).find((s) => s.status === 'customs_hold') ?? scans[holdAt]!;
    add('customs_hold', first.occurredAt, first.id, 'Held in customs.', { heldMs: now - first.occurredAt });
  }

  const attemptAt = last('delivery_attempted');
  if (attemptAt >= 0 && !deliveredAfter(attemptAt) && !anyAfter(attemptAt, ['returned_to_sender'])) {
    const runStart = Math.max(last('delivered', attemptAt), last('returned_to_sender', attemptAt));
    const attempts = scans.slice(runStart + 1, attemptAt + 1).filter((s) => s.status === 'delivery_attempted');
    const first = attempts[0] ?? scans[attemptAt]!;
    add('failed_delivery', first.occurredAt, scans[attemptAt]!.id, `Delivery attempted ${attempts.length}×, not delivered.`, {
      attempts: attempts.length,
    });
  }

  const addressAt = last('address_issue');
  if (addressAt >= 0 && !deliveredAfter(addressAt) && !anyAfter(addressAt, ['out_for_delivery', 'returned_to_sender'])) {
    const scan = scans[addressAt]!;
    add('address_issue', scan.occurredAt, scan.id, 'Carrier cannot deliver to the address on file.');
  }

  const refusedAt = last('refused');
  if (refusedAt >= 0 && !deliveredAfter(refusedAt)) {
    const scan = scans[refusedAt]!;
    add('refused', scan.occurredAt, scan.id, 'The consignee refused the delivery.');
  }

  const returned = scans[last('returned_to_sender')];
  if (returned) add('returned', returned.occurredAt, returned.id, 'Returned to sender.');
  else if (shipment.status === 'returned') add('returned', shipment.promisedAt ?? now, null, 'Returned to sender.');

  const delivered = deliveredByStatus || last('delivered') >= 0;
  if (!delivered && !returned && shipment.status !== 'returned' && shipment.status !== 'cancelled') {
    detectDelay(shipment, scans, now, last, add);
    detectStale(shipment, scans, now, options, add);
  }
  return found;
}

type Add = (type: ExceptionType, since: number, eventId: string | null, reason: string, inputs?: SeverityInputs) => void;

function detectDelay(
  shipment: ShipmentFacts,
  scans: readonly TrackingEventFacts[],
  now: number,
  last: (status: TrackingStatus) => number,
  add: Add,
): void {
  const { promisedAt, eta } = shipment;
  const lateness: number[] = [];
  if (promisedAt !== null && eta !== null && eta > promisedAt) lateness.push(eta - promisedAt);
  if (promisedAt !== null && now > promisedAt) lateness.push(now - promisedAt);
  const delayedScan = scans[last('delayed')];
  if (lateness.length === 0 && !delayedScan) return;
  const lateByMs = lateness.length > 0 ? Math.max(...lateness) : undefined;
  // A past promise is the stable start; a re-sent "delayed" scan must not look like a new delay.
  const since = lateByMs !== undefined && promisedAt !== null ? Math.min(promisedAt, delayedScan?.occurredAt ?? promisedAt) : delayedScan!.occurredAt;
  const reason =
    lateByMs !== undefined ? `Running ${Math.round(lateByMs / 3_600_000)} h past the promised date.` : 'Carrier reported a delay.';
  add('delay', since, delayedScan?.id ?? null, reason, lateByMs === undefined ? {} : { lateByMs });
}

function detectStale(
  shipment: ShipmentFacts,
  scans: readonly TrackingEventFacts[],
  now: number,
  options: DetectionOptions,
  add: Add,
): void {
  const latest = scans[scans.length - 1];
  if (!latest || notStaleAfter.has(latest.status)) return;
  if (!scans.some((s) => movement.has(s.status))) return;
  const threshold = options.staleThresholds?.[shipment.mode] ?? defaultStaleThresholds[shipment.mode];
  const silentMs = now - latest.occurredAt;
  if (silentMs < threshold) return;
  add('stale', latest.occurredAt + threshold, latest.id, `No carrier scan for ${Math.floor(silentMs / 3_600_000)} h.`, {
    silentMs,
    staleThresholdMs: threshold,
  });
}
