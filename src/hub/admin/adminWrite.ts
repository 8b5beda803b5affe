import { uuidv7, type AgentRow, type RowChange } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubTx } from '../store/openStore';
import { auditLog } from '../store/schema';
import { appendChanges } from '../write/appendChanges';

/** One audit entry: what an admin did to which record, with the record before and after. */
export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AdminWork<T> {
  value: T;
  /** Replicated changes: written to their tables and the change log, broadcast after commit. */
  changes: RowChange[];
  audit: AuditEntry;
  /** Hub-only writes that need the changed rows to exist first (e.g. a new agent's password hash). */
  afterChanges?: () => Promise<void>;
}

/**
 * Every admin write: inside the write lane (global lock, seq order), apply the row changes
 * through the change log and record the audit entry in the same transaction, so the log never
 * claims a change that did not commit, nor misses one that did.
 */
export function adminWrite<T>(ctx: HubContext, actor: AgentRow, work: (tx: HubTx, now: number) => Promise<AdminWork<T>>): Promise<T> {
  return ctx.lane.transact(async (tx) => {
    const now = ctx.now();
    const done = await work(tx, now);
    const { batches } = await appendChanges(tx, done.changes, null, now);
    await done.afterChanges?.();
    await tx.insert(auditLog).values({
      id: uuidv7(now),
      actorId: actor.id,
      action: done.audit.action,
      entity: done.audit.entity,
      entityId: done.audit.entityId,
      detail: { before: done.audit.before ?? null, after: done.audit.after ?? null },
      at: now,
    });
    return { value: done.value, batches };
  });
}
