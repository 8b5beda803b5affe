import type { AuditEntry } from '../../../core';

const asRecord = (v: unknown): Record<string, unknown> | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null);
const short = (v: unknown): string => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text === undefined ? '—' : text.length > 40 ? `${text.slice(0, 39)}…` : text;
};
// Bookkeeping that changes with every write says nothing to a reader of the log.
const quiet = new Set(['updatedAt', 'version']);

/** One line saying what an entry changed: the fields that differ, "created", "removed", or how many rows a mutation wrote. */
export function auditSummary(entry: AuditEntry): string {
  const before = asRecord(entry.detail.before);
  const after = asRecord(entry.detail.after);
  if (before && after) {
    const changed = Object.keys({ ...before, ...after }).filter((k) => !quiet.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
    if (changed.length === 0) return 'no field changed';
    const parts = changed.slice(0, 3).map((k) => `${k}: ${short(before[k])} → ${short(after[k])}`);
    return changed.length > 3 ? `${parts.join('; ')}; +${changed.length - 3} more` : parts.join('; ');
  }
  if (after) return `created ${short(after.name ?? after.label ?? after.subject ?? entry.entityId)}`;
  if (before) return `removed ${short(before.name ?? before.label ?? before.subject ?? entry.entityId)}`;
  const rows = Array.isArray(entry.detail.rows) ? entry.detail.rows.length : 0;
  return rows > 0 ? `${rows} record${rows === 1 ? '' : 's'} written` : '—';
}
