import { useEffect, useRef } from 'react';
import type { OpenTarget } from '../../core';
import { relay } from '../bridge/relay';
import { useRelayEvent } from '../bridge/useRelayEvent';

/**
 * Items the desktop shell asks us to open (deep links, notification clicks). One that arrived
 * before this component mounted (signed out, still loading) is taken once on mount; a live one
 * is opened and then taken so a later mount does not open it again.
 */
export function useOpenRequests(onOpen: (target: OpenTarget) => void): void {
  const latest = useRef(onOpen);
  latest.current = onOpen;
  useEffect(() => {
    void relay()
      .invoke('app.pendingOpen', {})
      .then((reply) => {
        if (reply.ok && reply.data) latest.current(reply.data);
      });
  }, []);
  useRelayEvent('app.open', (target) => {
    latest.current(target);
    void relay().invoke('app.pendingOpen', {});
  });
}
