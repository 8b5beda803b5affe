import { Badge } from '@mantine/core';
import type { TicketStatus } from '../../core';
import { ticketLabels } from './ticketLabels';

export function StatusBadge({ status }: { status: TicketStatus }) {
  return (
    <Badge size="sm" variant="light" color={ticketLabels.statusColor[status]}>
      {ticketLabels.status[status]}
    </Badge>
  );
}
