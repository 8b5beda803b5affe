import type { LiveChanges, MutationRejection, RowChange, SystemActor } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubTx } from '../store/openStore';
import { commitChanges } from '../write/commitChanges';
import type { MutationCall } from '../write/commitMutation';
import { commitMutations } from '../write/commitMutations';

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
  /**
   * Core mutations the rules decided on (notifications), run as system:rules in the same
   * transaction, each with the audit entries that hold only if it is accepted.
   */
  mutations?: RulesCall[];
}

/** A rules mutation and the audit entries written with it (dropped with it if it is refused). */
export interface RulesCall extends MutationCall {
  audit?: RulesAudit[];
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
    const refused = (call: RulesCall, rejection: MutationRejection): void => ctx.log.error({ err: rejection }, `rules: ${call.name} refused`);
    return { value: done.value, batches: await commitRulesWork(tx, done, now, refused) };
  });
}

/**
 * Commits what the rules decided inside the caller's write-lane transaction: the mutations as
 * one batch (commitMutations; a refused one is skipped with its audit entries and reported in
 * `refused`), then the other rows and audit entries.
 */
export async function commitRulesWork(tx: HubTx, done: RulesWork<unknown>, now: number, refused: (call: RulesCall, rejection: MutationRejection) => void = () => undefined): Promise<LiveChanges[]> {
  const batches: LiveChanges[] = [];
  const calls = done.mutations ?? [];
  const accepted: RulesAudit[] = [];
  if (calls.length > 0) {
    const committed = await commitMutations(tx, calls, rulesActor, now);
    batches.push(...committed.batches);
    committed.outcomes.forEach((outcome, i) => {
      if (outcome.ok) accepted.push(...(calls[i]!.audit ?? []));
      else refused(calls[i]!, outcome.rejection);
    });
  }
  if (done.changes.length === 0 && done.audit.length === 0 && accepted.length === 0) return batches;
  const audit = [...done.audit, ...accepted].map((entry) => ({ actorId: null, ...entry }));
  batches.push(...(await commitChanges(tx, { changes: done.changes, audit, now })).batches);
  return batches;
}
