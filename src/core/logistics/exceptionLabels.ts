import type { ExceptionSeverity, ExceptionType } from './exceptionKinds';

/** How the queue names each exception type and severity (ticket subjects, chips, filters). */
export const exceptionLabels: { type: Record<ExceptionType, string>; severity: Record<ExceptionSeverity, string> } = {
  type: {
    delay: 'Delay',
    damaged: 'Damaged',
    lost: 'Lost',
    customs_hold: 'Customs hold',
    failed_delivery: 'Failed delivery',
    address_issue: 'Address issue',
    refused: 'Refused',
    returned: 'Returned',
    stale: 'No scans',
    backorder: 'Backorder',
    short_pick: 'Short pick',
  },
  severity: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
};
