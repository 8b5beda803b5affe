import type { ReportAnswer } from './reportSchema';
import { toCsv, type CsvCell } from './toCsv';

const round = (n: number | null, digits: number): number | null => (n === null ? null : Number(n.toFixed(digits)));
const percent = (n: number | null): number | null => (n === null ? null : round(n * 100, 1));

type Columns<R> = readonly [string, (row: R) => CsvCell][];
type Rows<K extends ReportAnswer['kind']> = Extract<ReportAnswer, { kind: K }>['rows'][number];

const delivery = <R extends Rows<'carriers'> | Rows<'lanes'>>(): Columns<R> => [
  ['Shipments', (r) => r.shipments],
  ['Delivered (with promise)', (r) => r.delivered],
  ['On time', (r) => r.onTime],
  ['On-time %', (r) => percent(r.onTimeRate)],
  ['Exceptions', (r) => r.exceptions],
  ['Exceptions per 1,000 shipments', (r) => round(r.exceptionsPer1000, 1)],
  ['Late', (r) => r.late],
  ['Median delay (hours)', (r) => round(r.medianDelayHours, 1)],
];

const columns: { [K in ReportAnswer['kind']]: Columns<Rows<K>> } = {
  agents: [
    ['Agent', (r) => r.agentName],
    ['Replies', (r) => r.replies],
    ['Solved', (r) => r.solved],
    ['First responses', (r) => r.firstResponses],
    ['Median first response (minutes)', (r) => round(r.medianFirstResponseMs === null ? null : r.medianFirstResponseMs / 60_000, 1)],
    ['CSAT responses', (r) => r.csatResponses],
    ['CSAT average', (r) => round(r.csatAverage, 2)],
  ],
  carriers: [['Carrier', (r) => r.carrier], ...delivery<Rows<'carriers'>>()],
  lanes: [['Origin', (r) => r.origin], ['Destination', (r) => r.destination], ...delivery<Rows<'lanes'>>()],
  tags: [
    ['Tag', (r) => r.tag],
    ['Tickets', (r) => r.tickets],
    ['Share %', (r) => percent(r.share)],
  ],
  fields: [
    ['Field', (r) => r.fieldLabel],
    ['Value', (r) => r.value],
    ['Tickets', (r) => r.tickets],
    ['Share %', (r) => percent(r.share)],
  ],
};

function table<R>(cols: Columns<R>, rows: readonly R[]): string {
  return toCsv(cols.map(([label]) => label), rows.map((r) => cols.map(([, cell]) => cell(r))));
}

/** A report as CSV (raw numbers, no thousands separators) and the file name to save it under. */
export function reportCsv(answer: ReportAnswer): { fileName: string; csv: string } {
  const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  const fileName = `relay-${answer.kind}-${day(answer.from)}-to-${day(answer.to - 1)}.csv`;
  switch (answer.kind) {
    case 'agents':
      return { fileName, csv: table(columns.agents, answer.rows) };
    case 'carriers':
      return { fileName, csv: table(columns.carriers, answer.rows) };
    case 'lanes':
      return { fileName, csv: table(columns.lanes, answer.rows) };
    case 'tags':
      return { fileName, csv: table(columns.tags, answer.rows) };
    case 'fields':
      return { fileName, csv: table(columns.fields, answer.rows) };
  }
}
