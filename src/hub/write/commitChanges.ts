import { uuidv7, type RowChange } from '../../core';
import type { HubTx } from '../store/openStore';
import { auditLog } from '../store/schema';
import { appendChanges, type AppendedChanges } from './appendChanges';
import { carryMovedChildren } from './carryMovedChildren';
import { moveMergedIdentities } from './moveMergedIdentities';
import { insertUnnest } from '../store/insertUnnest';

/** A hub-side fact worth keeping beside the rows (who did what to which record). */
export interface AuditRecord {
  /** The agent who acted; null for the hub itself (rules, ingest). */
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  detail: Record<string, unknown>;
}

/** Audit rows per INSERT (one bound array per column). */
const auditChunk = 5_000;

export interface CommitInput {
  changes: readonly RowChange[];
  /** The client mutation these changes answer (agents' writes); null for hub-side writes. */
  mutationId?: string | null;
  audit?: readonly AuditRecord[];
  now: number;
}

/**
 * The one commit step of every hub write (agent mutation, ingest item, rule reaction, admin
 * change): row changes to their tables and the change log, audit entries beside them, in the
 * caller's write-lane transaction (or a savepoint of it) so the log and the rows never disagree.
 */
export async function commitChanges(tx: HubTx, input: CommitInput): Promise<AppendedChanges> {
  const changes = await carryMovedChildren(tx, input.changes);
  const appended = changes.length > 0 ? await appendChanges(tx, changes, input.mutationId ?? null, input.now) : { batches: [], seqs: {} };
  // Hub-only rows that follow a replicated change, in the same transaction (a moved ticket's thread above, a merged customer's identities here).
  await moveMergedIdentities(tx, changes);
  const audit = input.audit ?? [];
  for (let i = 0; i < audit.length; i += auditChunk) {
    await insertUnnest(tx, auditLog, audit.slice(i, i + auditChunk).map((entry) => ({ id: uuidv7(input.now), actorId: entry.actorId, action: entry.action, entity: entry.entity, entityId: entry.entityId, detail: entry.detail, at: input.now })));
  }
  return appended;
}
