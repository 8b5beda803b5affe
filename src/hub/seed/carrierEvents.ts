import type { ShipmentMode, ShipmentStatus, TrackingSource, TrackingStatus } from '../../core';
import { DAY, HOUR } from './demoPeople';
import type { SeededRandom } from './SeededRandom';

/** What happens to a shipment in the demo world; most arrive, some go wrong in the ways support sees. */
export type ShipmentScenario =
  | 'delivered'
  | 'in_transit'
  | 'pending'
  | 'delayed'
  | 'damaged'
  | 'customs_hold'
  | 'failed_delivery'
  | 'address_issue'
  | 'refused'
  | 'returned'
  | 'lost'
  | 'stale'
  | 'unknown_code';

export const scenarioWeights: readonly (readonly [ShipmentScenario, number])[] = [
  ['delivered', 58],
  ['in_transit', 16],
  ['pending', 5],
  ['delayed', 6],
  ['damaged', 2],
  ['customs_hold', 3],
  ['failed_delivery', 3],
  ['address_issue', 1.5],
  ['refused', 1],
  ['returned', 1],
  ['lost', 0.7],
  ['stale', 1.5],
  ['unknown_code', 1.3],
];

export interface CarrierEvent {
  status: TrackingStatus;
  rawCode: string;
  rawReason: string | null;
  location: string | null;
  occurredAt: number;
  flagged: boolean;
  source: TrackingSource;
}

// X12 214 AT7 status (and reason) codes for freight carriers; JSON feed codes for parcel carriers.
const x12: Partial<Record<TrackingStatus, [string, string | null]>> = {
  info_received: ['XB', 'NS'],
  picked_up: ['AF', 'NS'],
  arrived_at_facility: ['X4', 'NS'],
  departed_facility: ['P1', 'NS'],
  in_transit: ['X6', 'NS'],
  out_for_delivery: ['OO', 'NS'],
  delivery_attempted: ['AH', 'A1'],
  delivered: ['D1', 'NS'],
  delayed: ['SD', 'AI'],
  damaged: ['A9', 'AK'],
  customs_hold: ['SD', 'AS'],
  customs_cleared: ['RH', 'NS'],
  address_issue: ['AP', 'A2'],
  refused: ['A7', 'NS'],
  returned_to_sender: ['A3', 'NS'],
};
const json: Partial<Record<TrackingStatus, string>> = {
  info_received: 'LABEL_CREATED',
  picked_up: 'PICKED_UP',
  arrived_at_facility: 'ARRIVED_AT_HUB',
  departed_facility: 'DEPARTED_HUB',
  in_transit: 'IN_TRANSIT',
  out_for_delivery: 'OUT_FOR_DELIVERY',
  delivery_attempted: 'DELIVERY_ATTEMPTED',
  delivered: 'DELIVERED',
  delayed: 'DELAYED',
  damaged: 'DAMAGED',
  customs_hold: 'CUSTOMS_HOLD',
  customs_cleared: 'CUSTOMS_CLEARED',
  address_issue: 'ADDRESS_PROBLEM',
  refused: 'REFUSED',
  returned_to_sender: 'RETURNED_TO_SENDER',
};
const delayReasons = ['AI', 'AO', 'AW', 'AF', 'AJ'];

/** The statuses a scenario's history ends with, after the common pick-up and linehaul. */
const endings: Record<ShipmentScenario, TrackingStatus[]> = {
  delivered: ['out_for_delivery', 'delivered'],
  in_transit: [],
  pending: [],
  delayed: ['delayed'],
  damaged: ['damaged'],
  customs_hold: ['customs_hold'],
  failed_delivery: ['out_for_delivery', 'delivery_attempted'],
  address_issue: ['out_for_delivery', 'address_issue'],
  refused: ['out_for_delivery', 'refused'],
  returned: ['out_for_delivery', 'refused', 'returned_to_sender'],
  lost: ['lost'],
  stale: [],
  unknown_code: ['unknown'],
};

export const shipmentStatusOf: Record<ShipmentScenario, ShipmentStatus> = {
  delivered: 'delivered',
  in_transit: 'in_transit',
  pending: 'pending',
  delayed: 'exception',
  damaged: 'exception',
  customs_hold: 'exception',
  failed_delivery: 'exception',
  address_issue: 'exception',
  refused: 'exception',
  returned: 'returned',
  lost: 'exception',
  stale: 'in_transit',
  unknown_code: 'in_transit',
};

/**
 * A plausible scan history from `start`: info received, pick-up, a few hubs, then the
 * scenario's ending. Events never run past `now`; a stale shipment stops three days early.
 */
export function carrierEvents(
  rng: SeededRandom,
  scenario: ShipmentScenario,
  mode: ShipmentMode,
  route: { origin: string; destination: string; hubs: readonly string[] },
  start: number,
  now: number,
): CarrierEvent[] {
  const source: TrackingSource = mode === 'parcel' ? 'json' : 'x12_214';
  const step = mode === 'ocean' ? 2 * DAY : mode === 'parcel' ? 9 * HOUR : 16 * HOUR;
  const path: [TrackingStatus, string | null][] = [['info_received', route.origin]];
  if (scenario !== 'pending') {
    path.push(['picked_up', route.origin]);
    const hubs = rng.int(1, Math.min(2, route.hubs.length));
    for (let i = 0; i < hubs; i++) {
      const hub = rng.pick(route.hubs);
      path.push(['arrived_at_facility', hub], ['departed_facility', hub]);
    }
    if (scenario === 'in_transit' || scenario === 'stale') path.push(['in_transit', null]);
    for (const status of endings[scenario]) path.push([status, status === 'lost' ? null : route.destination]);
    if (scenario === 'customs_hold' && rng.chance(0.3)) path.push(['customs_cleared', route.destination]);
  }
  const limit = scenario === 'stale' ? now - 3 * DAY : now - HOUR;
  const events: CarrierEvent[] = [];
  let at = start;
  for (const [status, location] of path) {
    if (at > limit) break;
    events.push(event(rng, source, status, location, at));
    at += Math.round(step * (0.5 + rng.next()));
  }
  return events;
}

function event(rng: SeededRandom, source: TrackingSource, status: TrackingStatus, location: string | null, occurredAt: number): CarrierEvent {
  if (status === 'unknown') {
    // A code nobody mapped: kept raw and flagged for a human, never dropped.
    return { status, rawCode: source === 'json' ? 'SCAN_47' : 'ZX', rawReason: source === 'json' ? null : 'ZZ', location, occurredAt, flagged: true, source };
  }
  if (status === 'lost') return { status, rawCode: 'LOST', rawReason: 'Declared lost after trace', location, occurredAt, flagged: false, source: 'tms' };
  if (source === 'json') return { status, rawCode: json[status] ?? 'EXCEPTION', rawReason: null, location, occurredAt, flagged: false, source };
  const [code, reason] = x12[status] ?? ['SD', 'BG'];
  return { status, rawCode: code, rawReason: status === 'delayed' ? rng.pick(delayReasons) : reason, location, occurredAt, flagged: false, source };
}
