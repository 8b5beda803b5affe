import type { AuditQuery } from '../../../core';
import type { AuditFilterValues } from './AuditFilters';

const DAY = 86_400_000;
/** Local midnight of a YYYY-MM-DD day, or undefined for none or a malformed one. */
const midnight = (day: string): number | undefined => {
  const at = day ? new Date(`${day}T00:00:00`).getTime() : NaN;
  return Number.isFinite(at) ? at : undefined;
};

/** The hub query for the filters as typed: days become a [from, to) range in local time, the last day included. */
export function auditQueryOf(values: AuditFilterValues, limit: number): AuditQuery {
  const from = midnight(values.fromDay);
  const toStart = midnight(values.toDay);
  return {
    limit,
    ...(values.actorId ? { actorId: values.actorId } : {}),
    ...(values.entity ? { entity: values.entity } : {}),
    ...(values.action.trim() ? { action: values.action.trim() } : {}),
    ...(values.q.trim() ? { q: values.q.trim() } : {}),
    ...(from === undefined ? {} : { from }),
    // A day later: "until" a day means through its end (DST makes a day 23 or 25 h; a 24 h step stays inside the next day).
    ...(toStart === undefined ? {} : { to: toStart + DAY }),
  };
}
