import { Alert } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import type { MovedTicket } from '../../core';

/** The line a moved ticket leaves behind: where it went, instead of the view going blank. */
export function MovedTicketNotice({ move }: { move: Pick<MovedTicket, 'number' | 'subject' | 'teamName'> }) {
  return (
    <Alert m="lg" color="blue" icon={<IconArrowsExchange />} title={`Ticket #${move.number ?? '—'} moved to ${move.teamName ?? 'another team'}`} data-testid="ticket-moved">
      “{move.subject}” is now handled by {move.teamName ?? 'another team'} and is no longer in your team&apos;s queue.
    </Alert>
  );
}
