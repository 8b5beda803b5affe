import type { TrackingStatus } from '../../logistics/trackingStatus';
import { at7ReasonCodes } from './at7ReasonCodes';
import { at7StatusCodes } from './at7StatusCodes';

export interface MappedAt7 {
  status: TrackingStatus;
  /** True when the status or reason code is not in our lists: kept for a human, never dropped. */
  flagged: boolean;
  /** Human text, e.g. "Shipment Delayed — Weather or Natural Disaster Related". */
  description: string;
}

/**
 * AT7-01 status + AT7-02 reason → normalised status. A reason that says more than the status
 * wins, except over a final delivered/returned state (a "delivered, normal" stays delivered).
 */
export function mapAt7Status(statusCode: string, reasonCode: string | null): MappedAt7 {
  const status = at7StatusCodes[statusCode];
  const reason = reasonCode ? at7ReasonCodes[reasonCode] : undefined;
  const reasonUnknown = reasonCode !== null && reason === undefined;
  const description = [
    status?.description ?? `Unknown status code ${statusCode}`,
    reasonCode ? (reason?.description ?? `unknown reason code ${reasonCode}`) : null,
  ]
    .filter(Boolean)
    .join(' — ');
  if (!status) return { status: 'unknown', flagged: true, description };
  const final = status.status === 'delivered' || status.status === 'returned_to_sender';
  const mapped = reason?.overrides && !final ? reason.overrides : status.status;
  return { status: mapped, flagged: reasonUnknown, description };
}
