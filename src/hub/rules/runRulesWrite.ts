import type { RowChange } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubTx } from '../store/openStore';
import { commitChanges } from '../write/commitChanges';

/** A hub-only event the rules record (breaches, skipped notifications, failed deliveries). */
export interface RulesAudit {
  action: string;
  entity: string;
  entityId: string;
  detail: Record<string, unknown>;
}

export interface RulesWork<T> {
  value: T;
  changes: RowChange[];
  audit: RulesAudit[];
}

/**
 * A write by the rules engine (actor: the hub itself) through the only write path: the lane's
 * transaction, the change log (so desktops see it live) and audit entries in the same commit.
 */
export function runRulesWrite<T>(ctx: HubContext, now: number, work: (tx: HubTx) => Promise<RulesWork<T>>): Promise<T> {
  return ctx.lane.transact(async (tx) => {
    const done = await work(tx);
    const { batches } = await commitChanges(tx, { changes: done.changes, audit: done.audit.map((entry) => ({ actorId: null, ...entry })), now });
    return { value: done.value, batches };
  });
}
