import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useRelayQuery } from '../bridge/useRelayQuery';

/**
 * Pops up an in-app notification for each message that newly @mentions me while the app is
 * open (the OS one comes from the desktop shell's attention watcher). The first answer only
 * records what exists, so old mentions never pop up.
 */
export function useMentionAlerts(onOpen: (ticketId: string) => void): void {
  const recent = useRelayQuery('mentions.recent', {}, ['messages']);
  const seen = useRef<Set<string> | null>(null);
  const open = useRef(onOpen);
  open.current = onOpen;

  useEffect(() => {
    const list = recent.data;
    if (!list) return;
    if (seen.current === null) {
      seen.current = new Set(list.map((m) => m.messageId));
      return;
    }
    const fresh = list.filter((m) => !seen.current!.has(m.messageId));
    for (const m of fresh) seen.current.add(m.messageId);
    for (const m of fresh.slice(0, 3)) {
      notifications.show({
        id: `mention-${m.messageId}`,
        color: 'indigo',
        title: `${m.authorName ?? 'Someone'} mentioned you on #${m.ticketNumber ?? '—'} ${m.subject}`,
        message: m.preview,
        autoClose: 10_000,
        style: { cursor: 'pointer' },
        onClick: () => open.current(m.ticketId),
      });
    }
  }, [recent.data]);
}
