import { createHash } from 'node:crypto';
import type { ConnectorRequest } from '../connectors/connectorRequestSchema';

export interface SimulatedDecision {
  status: 'accepted' | 'refused';
  reason?: string;
  reference?: string;
}

const dayMs = 86_400_000;
const prefixes: Record<ConnectorRequest['kind'], string> = {
  reschedule: 'RS',
  change_address: 'AD',
  redirect: 'PP',
  hold_at_depot: 'HD',
  book_pickup: 'PU',
  cancel: 'CX',
  claim: 'CLM',
};

function numberOf(value: unknown): number {
  return typeof value === 'number' ? value : Number.NaN;
}

/**
 * How the demo carriers answer, as a real carrier would: no changes once the driver has the
 * parcel, reschedules within 14 days and never on a Sunday, freight-sized pickups refused,
 * large claims only with photos. Deterministic: the same request gets the same answer.
 */
export function simulatorDecision(request: ConnectorRequest, now: number): SimulatedDecision {
  const d = request.details;
  const status = request.shipment.status;
  const reference = `${prefixes[request.kind]}-${createHash('sha256').update(request.actionId).digest('hex').slice(0, 8).toUpperCase()}`;
  const refuse = (reason: string): SimulatedDecision => ({ status: 'refused', reason });
  const outForDelivery = status === 'out_for_delivery';
  switch (request.kind) {
    case 'reschedule': {
      if (outForDelivery) return refuse('Already out for delivery: the driver cannot change the day now. Ask again if the attempt fails.');
      const day = Date.parse(`${String(d.date)}T00:00:00Z`);
      if (day - now > 14 * dayMs) return refuse('We hold a parcel for at most 14 days: pick a delivery day within two weeks.');
      if (new Date(day).getUTCDay() === 0) return refuse('There are no Sunday deliveries in this area: pick another day.');
      break;
    }
    case 'change_address':
      if (status !== 'pending') return refuse('The parcel has left the depot: the address can no longer change. Redirect it to a pickup point instead.');
      break;
    case 'redirect':
    case 'hold_at_depot':
      if (outForDelivery) return refuse('Already out for delivery: it is on the van and cannot be stopped today.');
      break;
    case 'book_pickup':
      if (numberOf(d.weightKg) > 1_000) return refuse('Pickups over 1,000 kg need a freight booking, not a parcel pickup.');
      if (numberOf(d.pieces) > 50) return refuse('A parcel pickup takes at most 50 pieces; book a freight collection.');
      break;
    case 'cancel':
      if (outForDelivery) return refuse('Already out for delivery: it can only be refused at the door now.');
      break;
    case 'claim': {
      const photos = Array.isArray(d.photos) ? d.photos.length : 0;
      if (d.claimType === 'damage' && photos === 0) return refuse('A damage claim needs at least one photo of the damaged goods and packaging.');
      if (numberOf(d.amount) > 5_000) return refuse('Claims over 5,000 need the commercial invoice; send it with a new claim.');
      break;
    }
  }
  return { status: 'accepted', reference };
}
