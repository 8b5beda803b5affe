import { Badge } from '@mantine/core';
import type { TicketPriority, TicketStatus } from '../../core';

const statusColors: Record<TicketStatus, string> = {
  new: 'blue',
  open: 'teal',
  pending: 'yellow',
  on_hold: 'grape',
  solved: 'gray',
  closed: 'dark',
};

export const statusLabels: Record<TicketStatus, string> = {
  new: 'New',
  open: 'Open',
  pending: 'Pending',
  on_hold: 'On hold',
  solved: 'Solved',
  closed: 'Closed',
};

const priorityColors: Record<TicketPriority, string> = { low: 'gray', normal: 'gray', high: 'orange', urgent: 'red' };
const priorityLabels: Record<TicketPriority, string> = { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' };

export function StatusBadge({ status }: { status: TicketStatus }) {
  return (
    <Badge size="sm" variant="light" color={statusColors[status]}>
      {statusLabels[status]}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  return (
    <Badge size="sm" variant={priority === 'urgent' ? 'filled' : 'outline'} color={priorityColors[priority]}>
      {priorityLabels[priority]}
    </Badge>
  );
}
