import type { LiveChanges, RowChange, SystemActor } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubTx } from '../store/openStore';
import { commitChanges } from '../write/commitChanges';
import { commitMutation, type MutationCall } from '../write/commitMutation';

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
  /** Core mutations the rules decided on (a notification), run as system:rules in the same transaction. */
  mutations?: MutationCall[];
}

const rulesActor: SystemActor = { kind: 'system', systemId: 'system:rules' };

/**
 * A write by the rules engine (actor: system:rules) through the only write path: the lane's
 * transaction, its core mutations through commitMutation, the other row changes and audit
 * entries through commitChanges, all in one commit (desktops see it live).
 */
export function runRulesWrite<T>(ctx: HubContext, now: number, work: (tx: HubTx) => Promise<RulesWork<T>>): Promise<T> {
  return ctx.lane.transact(async (tx) => {
    const done = await work(tx);
    return { value: done.value, batches: await commitRulesWork(tx, done, now) };
  });
}

/** Commits what the rules decided inside the caller's write-lane transaction (or a savepoint of it): mutations first, then rows and audit. */
export async function commitRulesWork(tx: HubTx, done: RulesWork<unknown>, now: number): Promise<LiveChanges[]> {
  const batches: LiveChanges[] = [];
  for (const call of done.mutations ?? []) batches.push(...(await commitMutation(tx, call, rulesActor, now)).batches);
  if (done.changes.length === 0 && done.audit.length === 0) return batches;
  const audit = done.audit.map((entry) => ({ actorId: null, ...entry }));
  batches.push(...(await commitChanges(tx, { changes: done.changes, audit, now })).batches);
  return batches;
}
