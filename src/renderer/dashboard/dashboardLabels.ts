import { exceptionLabels, type ExceptionType, type SegmentDimension } from '../../core';

/** Words and colours of the dashboard's series, in one place. */
export const dashboardLabels = {
  exceptionType: exceptionLabels.type,
  exceptionColor: {
    delay: 'orange.6',
    damaged: 'red.7',
    lost: 'dark.3',
    customs_hold: 'violet.6',
    failed_delivery: 'pink.6',
    address_issue: 'yellow.6',
    refused: 'grape.6',
    returned: 'cyan.6',
    stale: 'gray.5',
    backorder: 'teal.6',
    short_pick: 'lime.7',
  } satisfies Record<ExceptionType, string>,
  dimension: {
    frequency: 'Order frequency',
    volume: 'Volume (units)',
    revenue: 'Revenue',
    exceptionRate: 'Exception rate',
    segment: 'CRM segment',
  } satisfies Record<SegmentDimension, string>,
  /** How each dimension's buckets are defined, said once under the chart. */
  dimensionHelp: {
    frequency: 'Orders the customer placed in the period.',
    volume: 'Units ordered in the period (sum of order line quantities).',
    revenue: 'Order totals in the period, converted to euros at fixed reference rates.',
    exceptionRate: 'Share of the customer’s shipments created in the period that had an exception (your teams’ exceptions).',
    segment: 'The segment on the customer record.',
  } satisfies Record<SegmentDimension, string>,
};
