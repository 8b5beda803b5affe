import { MutationRejection, type AgentRow, agentActorOf } from '../../core';
import type { HubContext } from '../HubContext';
import type { HubTx } from '../store/openStore';
import { commitChanges } from '../write/commitChanges';
import { commitMutation, type MutationCall } from '../write/commitMutation';
import { AdminRefusal } from './AdminRefusal';

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
  /**
   * The change as a core mutation (teams, agents, settings), run with the admin as actor.
   * Absent only for hub-only facts with nothing replicated (a password reset): then the audit
   * entry is the whole commit.
   */
  mutation?: MutationCall;
  audit: AuditEntry;
  /** Hub-only writes that need the mutation's rows to exist first (e.g. a new agent's password hash). */
  afterChanges?: () => Promise<void>;
}

/**
 * Every admin write: inside the write lane (global lock, seq order), the mutation through
 * commitMutation (or, for a hub-only fact, the audit entry alone through commitChanges) in one
 * transaction, so the log never claims a change that did not commit, nor misses one that did.
 * A mutation's refusal answers as the matching 4xx.
 */
export function adminWrite<T>(ctx: HubContext, actor: AgentRow, work: (tx: HubTx, now: number) => Promise<AdminWork<T>>): Promise<T> {
  return ctx.lane.transact(async (tx) => {
    const now = ctx.now();
    const done = await work(tx, now);
    const { action, entity, entityId, before, after } = done.audit;
    const audit = { action, entity, entityId, detail: { before: before ?? null, after: after ?? null } };
    const admin = agentActorOf(actor);
    const { batches } = done.mutation
      ? await commitMutation(tx, done.mutation, admin, now, { audit }).catch(refuse)
      : await commitChanges(tx, { changes: [], audit: [{ actorId: actor.id, ...audit }], now });
    await done.afterChanges?.();
    return { value: done.value, batches };
  });
}

function refuse(error: unknown): never {
  if (!(error instanceof MutationRejection)) throw error;
  const code = error.code === 'invalid_args' ? 'invalid_request' : error.code === 'not_found' ? 'not_found' : 'conflict';
  throw new AdminRefusal(code === 'invalid_request' ? 400 : code === 'not_found' ? 404 : 409, code, error.message);
}
