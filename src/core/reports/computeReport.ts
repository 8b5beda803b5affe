import { computeAgentReport } from './computeAgentReport';
import { computeFieldReport, computeTagReport } from './computeContactReasons';
import { computeCarrierReport, computeLaneReport } from './computeDeliveryReport';
import type { ReportAnswer, ReportKind } from './reportSchema';
import type { ReportScope, ReportSource } from './ReportSource';

/** One report over `source` (the definitions live beside each compute function). */
export function computeReport(kind: ReportKind, source: ReportSource, scope: ReportScope, meta: Pick<ReportAnswer, 'teamId' | 'source'>): ReportAnswer {
  const base = { from: scope.from, to: scope.to, ...meta };
  switch (kind) {
    case 'agents': {
      const rows = computeAgentReport(source, scope);
      return { kind, ...base, total: rows.length, rows };
    }
    case 'carriers': {
      const rows = computeCarrierReport(source, scope);
      return { kind, ...base, total: rows.reduce((n, r) => n + r.shipments, 0), rows };
    }
    case 'lanes': {
      const rows = computeLaneReport(source, scope);
      return { kind, ...base, total: rows.reduce((n, r) => n + r.shipments, 0), rows };
    }
    case 'tags':
      return { kind, ...base, ...computeTagReport(source, scope) };
    case 'fields':
      return { kind, ...base, ...computeFieldReport(source, scope) };
  }
}
