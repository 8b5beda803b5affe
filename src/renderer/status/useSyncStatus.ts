import { useCallback, useEffect, useState } from 'react';
import type { SyncStatus } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayEvent } from '../bridge/useRelayEvent';
import { newerStatus } from './newerStatus';

/**
 * The core's sync status: read once, then kept current by `sync.status` events (which arrive in
 * order and always apply). The second item takes a status from an IPC reply; it applies only
 * when no newer event has arrived (see newerStatus).
 */
export function useSyncStatus(): [SyncStatus | null, (reply: SyncStatus) => void] {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const applyReply = useCallback((reply: SyncStatus) => setStatus((current) => newerStatus(current, reply)), []);
  useEffect(() => {
    let live = true;
    void relay()
      .invoke('sync.status', {})
      .then((reply) => {
        if (live && reply.ok) applyReply(reply.data);
      });
    return () => {
      live = false;
    };
  }, [applyReply]);
  useRelayEvent('sync.status', setStatus);
  return [status, applyReply];
}
