import type { ReportAnswer } from '../../core';

export interface ReportChartData {
  title: string;
  /** The bars' label key and series (name → theme colour). */
  series: { name: string; color: string }[];
  points: Record<string, string | number | null>[];
}

const TOP = 10;

/** What the report's chart shows (a % goes in the series name: with horizontal bars a unit lands on the names): its first ten rows (the report's order) on the figure people compare. */
export function reportChartData(answer: ReportAnswer): ReportChartData {
  switch (answer.kind) {
    case 'agents':
      return {
        title: 'Replies and solved tickets per agent',
        series: [
          { name: 'Replies', color: 'blue.6' },
          { name: 'Solved', color: 'teal.6' },
        ],
        points: answer.rows.slice(0, TOP).map((r) => ({ label: r.agentName, Replies: r.replies, Solved: r.solved })),
      };
    case 'carriers':
    case 'lanes':
      return {
        title: answer.kind === 'carriers' ? 'On-time delivery per carrier' : 'On-time delivery per lane',
        series: [{ name: 'On time %', color: 'green.6' }],
        points: answer.rows
          .filter((r) => r.onTimeRate !== null)
          .slice(0, TOP)
          .map((r) => ({
            label: 'carrier' in r ? r.carrier : `${r.origin} → ${r.destination}`,
            'On time %': Math.round((r.onTimeRate ?? 0) * 1000) / 10,
          })),
      };
    case 'tags':
      return {
        title: 'Tickets per tag',
        series: [{ name: 'Tickets', color: 'blue.6' }],
        points: answer.rows.slice(0, TOP).map((r) => ({ label: r.tag, Tickets: r.tickets })),
      };
    case 'fields':
      return {
        title: 'Tickets per field value',
        series: [{ name: 'Tickets', color: 'blue.6' }],
        points: answer.rows.slice(0, TOP).map((r) => ({ label: `${r.fieldLabel}: ${r.value}`, Tickets: r.tickets })),
      };
  }
}
