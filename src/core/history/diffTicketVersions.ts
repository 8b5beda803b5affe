import type { TicketRow } from '../domain/rows';
import type { TicketHistoryEntry } from './ticketHistoryEntrySchema';

/** One stored version of a ticket (a change-log upsert) and who wrote it. */
export interface TicketVersion {
  at: number;
  actor: string;
  row: TicketRow;
}

/** Names for ids a history line shows (agents, teams, tickets by number, orders, shipments). */
export interface HistoryNames {
  agent(id: string): string;
  team(id: string): string;
  ticket(id: string): string;
  order(id: string): string;
  shipment(id: string): string;
  /** A custom field's label by its key (the key itself when it has no definition). */
  field(key: string): string;
}

type Field = TicketHistoryEntry['field'];
/** Columns that change on every write or are clocks, not decisions: never a history line. */
const quiet = new Set(['id', 'number', 'contactId', 'updatedAt', 'lastMessageAt', 'createdAt', 'firstResponseDueAt', 'resolutionDueAt', 'firstRespondedAt', 'solvedAt', 'slaPausedAt', 'slaPausedMs', 'nextResponseSince', 'nextResponseDueAt', 'nextResponsePausedMs', 'slaAtRiskAt']);
const named: Partial<Record<keyof TicketRow, Field>> = {
  status: 'status',
  assigneeId: 'assignee',
  teamId: 'team',
  priority: 'priority',
  subject: 'subject',
  orderId: 'order',
  shipmentId: 'shipment',
  mergedIntoId: 'merged',
};

const label = (field: Field, value: unknown, names: HistoryNames): string | null => {
  if (value === null || value === undefined) return null;
  if (field === 'assignee') return names.agent(String(value));
  if (field === 'team') return names.team(String(value));
  if (field === 'merged') return names.ticket(String(value));
  if (field === 'order') return names.order(String(value));
  if (field === 'shipment') return names.shipment(String(value));
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
};

function sentence(actor: string, field: Field, key: string, from: string | null, to: string | null): string {
  if (field === 'merged') return to ? `${actor} merged it into ${to}` : `${actor} un-merged it`;
  if (field === 'team') return `${actor} moved it from ${from ?? '—'} to ${to ?? '—'}`;
  if (field === 'assignee') return to ? `${actor} assigned it to ${to}` : `${actor} unassigned ${from ?? 'it'}`;
  const what = field === 'fields' ? key : field;
  if (from === null) return `${actor} set ${what} to ${to ?? '—'}`;
  if (to === null) return `${actor} cleared ${what} (was ${from})`;
  return `${actor} changed ${what} ${from} → ${to}`;
}

/**
 * Turns a ticket's stored versions (oldest first) into history lines by diffing consecutive
 * versions field by field; fields added later (tags, custom fields) are diffed too, clocks are not.
 */
export function diffTicketVersions(versions: readonly TicketVersion[], names: HistoryNames): TicketHistoryEntry[] {
  const entries: TicketHistoryEntry[] = [];
  let previous: Record<string, unknown> | null = null;
  for (const version of versions) {
    const row = version.row as Record<string, unknown>;
    if (previous === null) {
      // The ticket's own birth time: the first logged version may be a later import (seed, on-demand history).
      entries.push({ at: version.row.createdAt, actor: version.actor, field: 'created', from: null, to: null, text: `${version.actor} opened the ticket` });
    } else {
      for (const key of Object.keys({ ...previous, ...row })) {
        if (quiet.has(key) || JSON.stringify(previous[key]) === JSON.stringify(row[key])) continue;
        if (key === 'tags') {
          entries.push(...tagLines(version, asStrings(previous[key]), asStrings(row[key])));
          continue;
        }
        // Custom fields are one column holding every field: a line per field that changed.
        const changes: [string, unknown, unknown][] =
          key === 'fields' ? changedKeys(asRecord(previous[key]), asRecord(row[key])) : [[key, previous[key], row[key]]];
        for (const [name, before, after] of changes) {
          const field = named[name as keyof TicketRow] ?? 'fields';
          const from = label(field, before, names);
          const to = label(field, after, names);
          entries.push({ at: version.at, actor: version.actor, field, from, to, text: sentence(version.actor, field, field === 'fields' ? names.field(name) : name, from, to) });
        }
      }
    }
    previous = row;
  }
  return entries;
}

const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const asRecord = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): [string, unknown, unknown][] {
  return Object.keys({ ...before, ...after })
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => [k, before[k] ?? null, after[k] ?? null]);
}

/** Tags as what was added and what was removed, not the whole list before and after. */
function tagLines(version: TicketVersion, before: string[], after: string[]): TicketHistoryEntry[] {
  const added = after.filter((t) => !before.includes(t));
  const removed = before.filter((t) => !after.includes(t));
  const lines: TicketHistoryEntry[] = [];
  const plural = (n: number) => (n === 1 ? 'tag' : 'tags');
  if (added.length > 0) {
    lines.push({ at: version.at, actor: version.actor, field: 'tags', from: null, to: added.join(', '), text: `${version.actor} added ${plural(added.length)} ${added.join(', ')}` });
  }
  if (removed.length > 0) {
    lines.push({ at: version.at, actor: version.actor, field: 'tags', from: removed.join(', '), to: null, text: `${version.actor} removed ${plural(removed.length)} ${removed.join(', ')}` });
  }
  return lines;
}
