import type { ExceptionAge, ExceptionSeverity, ExceptionStatus, ExceptionType } from '../../core';

/** Colours and words of the exceptions queue (labels of types/severities live in core's exceptionLabels). */
export const exceptionUi = {
  severityColor: { critical: 'red', high: 'orange', medium: 'yellow', low: 'gray' } satisfies Record<ExceptionSeverity, string>,
  statusLabel: { open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved' } satisfies Record<ExceptionStatus, string>,
  statusColor: { open: 'red', acknowledged: 'blue', resolved: 'green' } satisfies Record<ExceptionStatus, string>,
  ageLabel: { under_4h: 'Under 4 h', '4h_24h': '4–24 h', '1d_3d': '1–3 days', over_3d: 'Over 3 days' } satisfies Record<ExceptionAge, string>,
  ageOrder: ['under_4h', '4h_24h', '1d_3d', 'over_3d'] as ExceptionAge[],
  severityOrder: ['critical', 'high', 'medium', 'low'] as ExceptionSeverity[],
  /** What the rules saw, for exceptions that carry no detection note. */
  typeMeaning: {
    delay: 'Running late: the promised date has passed, the ETA is after it, or the carrier reported a delay.',
    damaged: 'The carrier scanned the shipment as damaged.',
    lost: 'The carrier reported the shipment lost and no movement since.',
    customs_hold: 'Held by customs, not cleared yet.',
    failed_delivery: 'A delivery attempt failed and no delivery since.',
    address_issue: 'The carrier reported an address problem.',
    refused: 'The consignee refused the delivery.',
    returned: 'The shipment is being returned to the sender.',
    stale: 'No carrier scans for longer than this mode allows.',
    backorder: 'The warehouse backordered the order past its promised date.',
    short_pick: 'The warehouse picked fewer items than ordered.',
  } satisfies Record<ExceptionType, string>,
};
