import type { SyncStatus } from '../../core';

/** What went wrong, for the agent: the unsent changes are counted when sending them is what fails. */
export function syncProblem(status: SyncStatus): string | null {
  if (!status.lastError) return null;
  if (status.connection !== 'online' || status.unsent === 0) return status.lastError;
  return `Couldn't send ${status.unsent} ${status.unsent === 1 ? 'change' : 'changes'}: ${status.lastError}`;
}
