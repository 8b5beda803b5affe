import type { ReportAnswer } from '../../core';
import { formatMetric } from '../dashboard/formatMetric';

export interface ReportColumn<R> {
  label: string;
  /** What the column sorts on (null sorts last). */
  value(row: R): number | string | null;
  text(row: R): string;
  numeric: boolean;
}

type Rows<K extends ReportAnswer['kind']> = Extract<ReportAnswer, { kind: K }>['rows'][number];

const num = <R>(label: string, value: (r: R) => number | null, text: (v: number) => string = formatMetric.count): ReportColumn<R> => ({
  label,
  value,
  text: (r) => {
    const v = value(r);
    return v === null ? '–' : text(v);
  },
  numeric: true,
});
const str = <R>(label: string, value: (r: R) => string): ReportColumn<R> => ({ label, value, text: value, numeric: false });
const pct = (v: number): string => `${(v * 100).toFixed(1)}%`;
const oneDecimal = (v: number): string => v.toFixed(1);

function delivery<R extends Rows<'carriers'> | Rows<'lanes'>>(): ReportColumn<R>[] {
  return [
    num('Shipments', (r) => r.shipments),
    num('Delivered', (r) => r.delivered),
    num('On time', (r) => r.onTimeRate, pct),
    num('Exceptions', (r) => r.exceptions),
    num('Per 1,000', (r) => r.exceptionsPer1000, oneDecimal),
    num('Late', (r) => r.late),
    num('Median delay (h)', (r) => r.medianDelayHours, oneDecimal),
  ];
}

/** The columns each report shows, in order (the CSV has the same figures, unrounded labels in core reportCsv). */
export const reportTableColumns: { [K in ReportAnswer['kind']]: ReportColumn<Rows<K>>[] } = {
  agents: [
    str('Agent', (r) => r.agentName),
    num('Replies', (r) => r.replies),
    num('Solved', (r) => r.solved),
    num('Median first response', (r) => r.medianFirstResponseMs, (v) => formatMetric.duration(v)),
    num('CSAT', (r) => r.csatAverage, (v) => v.toFixed(2)),
    num('CSAT answers', (r) => r.csatResponses),
  ],
  carriers: [str('Carrier', (r) => r.carrier), ...delivery<Rows<'carriers'>>()],
  lanes: [str('Lane', (r) => `${r.origin} → ${r.destination}`), ...delivery<Rows<'lanes'>>()],
  tags: [str('Tag', (r) => r.tag), num('Tickets', (r) => r.tickets), num('Share', (r) => r.share, pct)],
  fields: [str('Field', (r) => r.fieldLabel), str('Value', (r) => r.value), num('Tickets', (r) => r.tickets), num('Share', (r) => r.share, pct)],
};
