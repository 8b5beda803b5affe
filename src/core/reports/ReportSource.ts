import type { FieldType, TicketFields } from '../domain/ticketLabelRows';

/**
 * The rows a report is computed from (core computeReport): what the desktop reads from its
 * replica. The hub computes the same definitions in SQL (hub/reports) over all its rows.
 */
export interface ReportSource {
  agents: readonly { id: string; name: string }[];
  tickets: readonly {
    id: string;
    teamId: string;
    assigneeId: string | null;
    createdAt: number;
    firstRespondedAt: number | null;
    solvedAt: number | null;
    tags: readonly string[];
    fields: TicketFields;
  }[];
  messages: readonly { ticketId: string; authorId: string | null; direction: string; createdAt: number }[];
  csat: readonly { ticketId: string; score: number; createdAt: number }[];
  shipments: readonly {
    id: string;
    carrier: string;
    origin: string;
    destination: string;
    status: string;
    promisedDate: number | null;
    lastEventAt: number | null;
    createdAt: number;
  }[];
  exceptions: readonly { shipmentId: string | null; teamId: string; detectedAt: number }[];
  fieldDefs: readonly { key: string; label: string; type: FieldType }[];
}

/** The period [from, to) and the teams whose tickets and exceptions count (null: all in the source). */
export interface ReportScope {
  from: number;
  to: number;
  teamIds: readonly string[] | null;
}

export function inPeriod(at: number | null, scope: ReportScope): at is number {
  return at !== null && at >= scope.from && at < scope.to;
}

export function inTeams(teamId: string, scope: ReportScope): boolean {
  return scope.teamIds === null || scope.teamIds.includes(teamId);
}
