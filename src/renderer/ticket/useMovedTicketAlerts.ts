import { notifications } from '@mantine/notifications';
import { useEffect, useRef } from 'react';
import { useRelayQuery } from '../bridge/useRelayQuery';

const refreshOn = ['tickets'] as const;

/** "Ticket #123 moved to Customs & Compliance", once per ticket, for moves seen after the app opened. */
export function useMovedTicketAlerts(): void {
  const { data } = useRelayQuery('tickets.moves', {}, refreshOn);
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!data) return;
    // Moves from before this window opened were already told; only new ones pop up.
    if (seen.current === null) {
      seen.current = new Set(data.map((m) => m.ticketId));
      return;
    }
    for (const move of data) {
      if (seen.current.has(move.ticketId)) continue;
      seen.current.add(move.ticketId);
      notifications.show({ color: 'blue', title: `Ticket #${move.number ?? '—'} moved to ${move.teamName ?? 'another team'}`, message: move.subject });
    }
  }, [data]);
}
