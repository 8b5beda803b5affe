import type { Channel, TicketPriority, TicketStatus } from '../../core';

/** Words and colours the UI uses for ticket fields, in one place. */
export const ticketLabels = {
  status: {
    new: 'New',
    open: 'Open',
    pending: 'Pending',
    on_hold: 'On hold',
    solved: 'Solved',
    closed: 'Closed',
  } satisfies Record<TicketStatus, string>,
  statusColor: {
    new: 'blue',
    open: 'teal',
    pending: 'yellow',
    on_hold: 'grape',
    solved: 'gray',
    closed: 'dark',
  } satisfies Record<TicketStatus, string>,
  priority: { low: 'Low', normal: 'Normal', high: 'High', urgent: 'Urgent' } satisfies Record<TicketPriority, string>,
  priorityColor: { low: 'gray', normal: 'gray', high: 'orange', urgent: 'red' } satisfies Record<TicketPriority, string>,
  channel: { email: 'Email', chat: 'Chat', sms: 'SMS', social: 'Social', phone: 'Phone' } satisfies Record<Channel, string>,
};
