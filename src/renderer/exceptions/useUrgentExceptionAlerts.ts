import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { exceptionLabels } from '../../core';
import { useRelayQuery } from '../bridge/useRelayQuery';
import { freshUrgentExceptions } from './freshUrgentExceptions';

/**
 * Shows a notification for each high/critical exception that arrives while the app is open
 * (the queue itself re-reads on the same change). The first answer only records what exists;
 * rows detected more than 15 minutes ago never alert.
 */
export function useUrgentExceptionAlerts(onOpen: (id: string) => void): void {
  const urgent = useRelayQuery('exceptions.urgent', {}, ['exceptions']);
  const seen = useRef<Set<string> | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const list = urgent.data;
    if (!list) return;
    if (seen.current === null) {
      seen.current = new Set(list.map((e) => e.id));
      return;
    }
    const fresh = freshUrgentExceptions(list, seen.current, Date.now());
    for (const e of fresh.slice(0, 3)) {
      notifications.show({
        id: `exception-${e.id}`,
        color: e.severity === 'critical' ? 'red' : 'orange',
        title: `New ${e.severity} exception: ${exceptionLabels.type[e.type]}`,
        message: `${e.customerName} — click to open`,
        autoClose: 10_000,
        style: { cursor: 'pointer' },
        onClick: () => open.current(e.id),
      });
    }
    if (fresh.length > 3) {
      notifications.show({ color: 'orange', title: `${fresh.length - 3} more urgent exceptions`, message: 'They are at the top of the queue.' });
    }
  }, [urgent.data]);
}
