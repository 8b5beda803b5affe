import { scopesForAgent, teamIdOfScope, type AgentRow, type EntityName, type HistoryBundle } from '../../../core';
import type { HubDb, HubTx } from '../../store/openStore';
import { listTeamIds } from '../../store/listTeamIds';
import { readScopeHeads } from '../../sync/readScopeHeads';

export type HistoryRows = Partial<Record<EntityName, Record<string, unknown>[]>>;

/**
 * Runs `read` for the caller in one repeatable-read transaction with the heads of the caller's
 * scopes: the rows are exactly the state at those heads, so the desktop can cache them safely
 * (its later pulls bring anything newer). `teamIds` are the teams the caller may read.
 */
export async function readHistoryBundle(
  db: HubDb,
  agent: AgentRow,
  read: (tx: HubTx, teamIds: readonly string[]) => Promise<{ rows: HistoryRows; nextBefore?: number | null }>,
): Promise<HistoryBundle> {
  const scopes = scopesForAgent(agent, await listTeamIds(db));
  const teamIds = scopes.flatMap((s) => teamIdOfScope(s) ?? []);
  return db.transaction(
    async (tx) => {
      const heads = await readScopeHeads(tx, scopes);
      const { rows, nextBefore } = await read(tx, teamIds);
      return { heads, rows, nextBefore: nextBefore ?? null };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
