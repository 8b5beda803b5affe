import { uuidv7, type RowChange } from '../../core';
import type { HubTx } from '../store/openStore';
import { auditLog } from '../store/schema';
import { appendChanges, type AppendedChanges } from './appendChanges';

/** A hub-side fact worth keeping beside the rows (who did what to which record). */
export interface AuditRecord {
  /** The agent who acted; null for the hub itself (rules, ingest). */
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  detail: Record<string, unknown>;
}

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
  const appended = input.changes.length > 0 ? await appendChanges(tx, input.changes, input.mutationId ?? null, input.now) : { batches: [], seqs: {} };
  for (const entry of input.audit ?? []) {
    await tx.insert(auditLog).values({ id: uuidv7(input.now), ...entry, at: input.now });
  }
  return appended;
}
