import {
  prepareMutation,
  rowKey,
  rowsFromList,
  type Actor,
  type MutationName,
  type RowChange,
  type SequenceName,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRows } from '../store/loadRows';
import { loadOwnedRows } from '../store/loadOwnedRows';
import { allocateSequence } from './allocateSequence';
import type { AppendedChanges } from './appendChanges';
import { commitChanges, type AuditRecord } from './commitChanges';
import { mutationAudit } from './mutationAudit';

/** A core mutation to run on the hub: its registry name and (unvalidated) arguments. */
export interface MutationCall {
  name: MutationName;
  args: unknown;
}

export interface CommitMutationOptions {
  /** The client mutation id (an agent's push); null for the hub's own writes. */
  mutationId?: string | null;
  /** How the audit trail describes it; by default the mutation's name and the rows it touched. */
  audit?: Omit<AuditRecord, 'actorId'>;
}

export interface CommittedMutation extends AppendedChanges {
  changes: RowChange[];
}

/**
 * The hub's run of one core mutation, for any actor, inside the caller's write-lane
 * transaction: validate the args, load the rows it declares, allocate its counters, apply
 * with the hub's clock, then commitChanges (rows, change log, an audit entry naming the
 * actor). A MutationRejection propagates with nothing written.
 */
export async function commitMutation(tx: HubTx, call: MutationCall, actor: Actor, at: number, options: CommitMutationOptions = {}): Promise<CommittedMutation> {
  const prepared = prepareMutation(call);
  const rows = rowsFromList(prepared.refs, await loadRows(tx, prepared.refs));
  const sequences: Partial<Record<SequenceName, number>> = {};
  for (const [name, count] of Object.entries(prepared.sequences) as [SequenceName, number][]) {
    if (count > 0) sequences[name] = await allocateSequence(tx, name, count);
  }
  const changes = prepared.apply(rows, { actor, now: at, sequences }, await loadOwnedRows(tx, prepared.owned));
  const audit = mutationAudit(call.name, changes, actor, options.mutationId ?? null, options.audit, (entity, id) => rows.get(rowKey(entity, id)));
  const appended = await commitChanges(tx, { changes, mutationId: options.mutationId ?? null, audit: [audit], now: at });
  return { ...appended, changes };
}
