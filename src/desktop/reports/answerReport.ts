import { computeReport, teamScope, windowCutoffs, type ReplicationWindow, type ReportAnswer, type ReportRequest } from '../../core';
import type { LocalStore } from '../db/localStore';
import { readReportSource } from '../queries/reports/readReportSource';
import { heldSinceStore } from '../sync/heldSinceStore';

export interface ReportAnswerDeps {
  store: LocalStore;
  window: ReplicationWindow;
  now: number;
  /** Asks the hub (throws IpcFailure when it cannot). */
  askHub(request: ReportRequest): Promise<ReportAnswer>;
}

/** Whether the replica holds every row the report counts: the period is inside its window and it holds the team. */
export function replicaCanAnswer(deps: Pick<ReportAnswerDeps, 'store' | 'window' | 'now'>, request: ReportRequest): boolean {
  const cut = windowCutoffs(deps.window, deps.now);
  const since = request.kind === 'carriers' || request.kind === 'lanes' ? cut.logisticsSince : cut.ticketsSince;
  if (request.from < since) return false;
  const held = heldSinceStore.read(deps.store);
  return request.teamId === undefined ? Object.keys(held).length > 0 : held[teamScope(request.teamId)] !== undefined;
}

/**
 * A report from the replica when it holds the period (fast, works offline), else from the hub,
 * whose aggregate routes see every row: a 12-month view is right either way.
 */
export async function answerReport(deps: ReportAnswerDeps, request: ReportRequest): Promise<ReportAnswer> {
  if (!replicaCanAnswer(deps, request)) return deps.askHub(request);
  const scope = { from: request.from, to: request.to, teamIds: request.teamId === undefined ? null : [request.teamId] };
  const source = readReportSource(deps.store.db, request.kind, scope);
  return computeReport(request.kind, source, scope, { teamId: request.teamId ?? null, source: 'replica' });
}
