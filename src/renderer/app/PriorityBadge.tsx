import { Badge } from '@mantine/core';
import type { TicketPriority } from '../../core';
import { ticketLabels } from './ticketLabels';

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return (
    <Badge size="sm" variant={priority === 'urgent' ? 'filled' : 'outline'} color={ticketLabels.priorityColor[priority]}>
      {ticketLabels.priority[priority]}
    </Badge>
  );
}
