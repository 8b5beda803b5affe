import { Alert } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import type { MovedTicket } from '../../core';

/** The line a moved ticket leaves behind: where it went, instead of the view going blank. */
export function MovedTicketNotice({ move }: { move: Pick<MovedTicket, 'number' | 'subject' | 'teamName' | 'pending'> }) {
  const team = move.teamName ?? 'another team';
  return (
    <Alert m="lg" color="blue" icon={<IconArrowsExchange />} title={`Ticket #${move.number ?? '—'} moved to ${team}`} data-testid="ticket-moved">
      {move.pending
        ? `“${move.subject}” goes to ${team} as soon as the hub confirms the move (it is waiting with your unsent changes).`
        : `“${move.subject}” is now handled by ${team} and is no longer in your team's queue.`}
    </Alert>
  );
}
