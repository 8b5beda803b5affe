import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayEvent } from '../bridge/useRelayEvent';

/** The core's sync status: read once, then kept current by `sync.status` events. */
export function useSyncStatus(): [SyncStatus | null, (status: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    void relay()
      .invoke('sync.status', {})
      .then((reply) => {
        if (live && reply.ok) setStatus((current) => current ?? reply.data);
      });
    return () => {
      live = false;
    };
  }, []);
  useRelayEvent('sync.status', setStatus);
  return [status, setStatus];
}
