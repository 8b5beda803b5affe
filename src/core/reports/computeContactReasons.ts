import type { FieldValue } from '../domain/ticketLabelRows';
import type { FieldReportRow, TagReportRow } from './reportSchema';
import { inPeriod, inTeams, type ReportScope, type ReportSource } from './ReportSource';

/** Fields whose values name a reason; free text, numbers and dates would list every value once. */
export const reasonFieldTypes = ['single_select', 'multi_select'] as const;

function ticketsInScope(source: ReportSource, scope: ReportScope): ReportSource['tickets'] {
  return source.tickets.filter((t) => inTeams(t.teamId, scope) && inPeriod(t.createdAt, scope));
}

/** Tickets created in the period per tag; share = out of all tickets created in the period. */
export function computeTagReport(source: ReportSource, scope: ReportScope): { total: number; rows: TagReportRow[] } {
  const tickets = ticketsInScope(source, scope);
  const counts = new Map<string, number>();
  for (const t of tickets) for (const tag of new Set(t.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  const rows = [...counts].map(([tag, n]) => ({ tag, tickets: n, share: n / tickets.length })).sort(byTickets((r) => r.tag));
  return { total: tickets.length, rows };
}

/** A stored value as the values it counts under (a multi select under each choice). */
export function reasonValues(value: FieldValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? [...new Set(value)] : [];
}

/** Tickets created in the period per select-field value; share = out of all tickets created in the period. */
export function computeFieldReport(source: ReportSource, scope: ReportScope): { total: number; rows: FieldReportRow[] } {
  const tickets = ticketsInScope(source, scope);
  const rows: FieldReportRow[] = [];
  for (const def of source.fieldDefs) {
    if (!(reasonFieldTypes as readonly string[]).includes(def.type)) continue;
    const counts = new Map<string, number>();
    for (const t of tickets) for (const v of reasonValues(t.fields[def.key])) counts.set(v, (counts.get(v) ?? 0) + 1);
    for (const [value, n] of counts) rows.push({ fieldKey: def.key, fieldLabel: def.label, value, tickets: n, share: n / tickets.length });
  }
  return { total: tickets.length, rows: rows.sort(byFieldRank) };
}

export function byTickets<R extends { tickets: number }>(name: (r: R) => string): (a: R, b: R) => number {
  return (a, b) => b.tickets - a.tickets || name(a).localeCompare(name(b));
}

/** Grouped by field (label, then key), most tickets first within a field. */
export function byFieldRank(a: FieldReportRow, b: FieldReportRow): number {
  return a.fieldLabel.localeCompare(b.fieldLabel) || a.fieldKey.localeCompare(b.fieldKey) || byTickets<FieldReportRow>((r) => r.value)(a, b);
}
