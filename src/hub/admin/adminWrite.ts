import type { AgentRow, RowChange } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubTx } from '../store/openStore';
import { commitChanges } from '../write/commitChanges';

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
    const { action, entity, entityId, before, after } = done.audit;
    const audit = [{ actorId: actor.id, action, entity, entityId, detail: { before: before ?? null, after: after ?? null } }];
    const { batches } = await commitChanges(tx, { changes: done.changes, audit, now });
    await done.afterChanges?.();
    return { value: done.value, batches };
  });
}
