import { useSyncStatus } from '../status/useSyncStatus';

/** Whether hub-only settings (agents, audit log) can be used now: null until the status is known. */
export function useHubOnline(): boolean | null {
  const [status] = useSyncStatus();
  return status === null ? null : status.connection === 'online';
}
