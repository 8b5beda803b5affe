import {
  MutationRejection,
  prepareMutation,
  rowKey,
  rowsFromList,
  type Actor,
  type RowChange,
  type SequenceName,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRows } from '../store/loadRows';
import { loadOwnedRows } from '../store/loadOwnedRows';
import { allocateSequence } from './allocateSequence';
import type { AppendedChanges } from './appendChanges';
import { commitChanges, type AuditRecord } from './commitChanges';
import type { MutationCall } from './commitMutation';
import { mutationAudit } from './mutationAudit';

/** What became of one call of the batch: its changes, or why it was refused (nothing of it written). */
export type BatchCallOutcome = { ok: true; changes: RowChange[] } | { ok: false; rejection: MutationRejection };

export interface CommittedMutations extends AppendedChanges {
  outcomes: BatchCallOutcome[];
}

/**
 * Many core mutations of one actor committed as one: every row they declare loaded in one
 * query per entity, their counters as one block, each applied in order over the rows the
 * earlier ones left (so a later call sees an earlier one's new ticket), then ONE commitChanges
 * with an audit entry per call. Equivalent to commitMutation per call in order, except that a
 * refused call (MutationRejection) is skipped without a savepoint — `apply` is pure, so nothing
 * of it was written — and reported in `outcomes`; its counter values are left unused.
 */
export async function commitMutations(tx: HubTx, calls: readonly MutationCall[], actor: Actor, at: number): Promise<CommittedMutations> {
  const prepared = calls.map((call) => {
    try {
      return prepareMutation(call);
    } catch (error) {
      if (error instanceof MutationRejection) return error;
      throw error;
    }
  });
  const refs = prepared.flatMap((p) => (p instanceof MutationRejection ? [] : p.refs));
  const rows = rowsFromList(refs, await loadRows(tx, refs));
  const owned = await loadOwnedRows(tx, prepared.flatMap((p) => (p instanceof MutationRejection ? [] : p.owned)));
  const totals: Partial<Record<SequenceName, number>> = {};
  for (const p of prepared) {
    if (p instanceof MutationRejection) continue;
    for (const [name, count] of Object.entries(p.sequences) as [SequenceName, number][]) totals[name] = (totals[name] ?? 0) + count;
  }
  const next: Partial<Record<SequenceName, number>> = {};
  for (const [name, count] of Object.entries(totals) as [SequenceName, number][]) {
    if (count > 0) next[name] = await allocateSequence(tx, name, count);
  }
  const outcomes: BatchCallOutcome[] = [];
  const changes: RowChange[] = [];
  const audit: AuditRecord[] = [];
  prepared.forEach((p, i) => {
    if (p instanceof MutationRejection) {
      outcomes.push({ ok: false, rejection: p });
      return;
    }
    const sequences: Partial<Record<SequenceName, number>> = {};
    for (const [name, count] of Object.entries(p.sequences) as [SequenceName, number][]) {
      if (count <= 0) continue;
      sequences[name] = next[name]!;
      next[name] = next[name]! + count;
    }
    let applied: RowChange[];
    try {
      applied = p.apply(rows, { actor, now: at, sequences }, owned);
    } catch (error) {
      if (!(error instanceof MutationRejection)) throw error;
      outcomes.push({ ok: false, rejection: error });
      return;
    }
    // Later calls read what this one wrote.
    for (const c of applied) rows.set(rowKey(c.entity, c.id), c.op === 'upsert' ? c.row : undefined);
    changes.push(...applied);
    outcomes.push({ ok: true, changes: applied });
    audit.push(mutationAudit(calls[i]!.name, applied, actor, null));
  });
  const appended = await commitChanges(tx, { changes: merged(changes), audit, now: at });
  return { ...appended, outcomes };
}

/** One change per row, the last one winning: what the calls in order leave behind (appendChanges orders entities for foreign keys). */
function merged(changes: readonly RowChange[]): RowChange[] {
  const byKey = new Map<string, RowChange>();
  for (const c of changes) {
    const key = rowKey(c.entity, c.id);
    if (byKey.has(key)) byKey.delete(key);
    byKey.set(key, c);
  }
  return [...byKey.values()];
}
