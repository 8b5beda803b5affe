import type { ReportAnswer, ReportKind } from '../../core';
import type { HubDb } from '../store/openStore';
import type { HubReportScope } from './HubReportScope';
import { queryAgentReport } from './queryAgentReport';
import { queryFieldReport, queryTagReport } from './queryContactReasons';
import { queryCarrierReport, queryLaneReport } from './queryDeliveryReport';

/** One report over every row the hub holds (any period), as core computeReport would answer it. */
export async function queryHubReport(db: HubDb, kind: ReportKind, scope: HubReportScope, teamId: string | null): Promise<ReportAnswer> {
  const base = { from: scope.from, to: scope.to, teamId, source: 'hub' as const };
  switch (kind) {
    case 'agents': {
      const rows = await queryAgentReport(db, scope);
      return { kind, ...base, total: rows.length, rows };
    }
    case 'carriers': {
      const rows = await queryCarrierReport(db, scope);
      return { kind, ...base, total: rows.reduce((n, r) => n + r.shipments, 0), rows };
    }
    case 'lanes': {
      const rows = await queryLaneReport(db, scope);
      return { kind, ...base, total: rows.reduce((n, r) => n + r.shipments, 0), rows };
    }
    case 'tags':
      return { kind, ...base, ...(await queryTagReport(db, scope)) };
    case 'fields':
      return { kind, ...base, ...(await queryFieldReport(db, scope)) };
  }
}
