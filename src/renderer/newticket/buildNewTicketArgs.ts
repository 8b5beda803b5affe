import {
  checkFieldValues,
  ticketCreateArgs,
  uuidv7,
  type Channel,
  type FieldDefRow,
  type FieldValue,
  type IpcInput,
  type TicketPriority,
} from '../../core';
import type { CustomerDraft } from './CustomerChoice';
import { parseDuration } from './parseDuration';

/** Everything typed into the new-ticket form; kept as typed until the ticket is created. */
export interface NewTicketDraft {
  customer: CustomerDraft;
  /** 'call' is a phone call logged as a note with its direction and duration. */
  channel: Exclude<Channel, 'phone'> | 'call';
  callDirection: 'inbound' | 'outbound';
  callDuration: string;
  subject: string;
  body: string;
  teamId: string | null;
  assigneeId: string | null;
  priority: TicketPriority;
  tags: string[];
  fields: Record<string, FieldValue | null>;
  orderId: string | null;
  shipmentId: string | null;
}

/** Form field → message shown under it (field values by `field:<key>`). */
export type DraftErrors = Record<string, string>;

// Where a zod issue of the mutation's args lands in the form.
const fieldOfPath: Record<string, string> = {
  subject: 'subject',
  customerId: 'customer',
  teamId: 'team',
  'firstMessage.body': 'body',
  'newCustomer.name': 'name',
  'newCustomer.email': 'email',
  'newCustomer.phone': 'phone',
  tags: 'tags',
};

/** The `ticket.create` args for a draft, or the problems to show at each field; the same checks the mutation runs. */
export function buildNewTicketArgs(
  draft: NewTicketDraft,
  fieldDefs: readonly FieldDefRow[],
): { ok: true; args: IpcInput<'ticket.create'> } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const duration = draft.channel === 'call' ? parseDuration(draft.callDuration) : 0;
  if (duration === null) errors.callDuration = 'Type minutes:seconds, e.g. 4:05';
  if (draft.customer.mode === 'existing' && !draft.customer.customerId) errors.customer = 'Choose a customer, or create a new one';
  if (!draft.teamId) errors.team = 'Choose a team';
  const newCustomerId = uuidv7();
  const customer = draft.customer;
  const args = {
    id: uuidv7(),
    subject: draft.subject,
    customerId: customer.mode === 'existing' ? (customer.customerId ?? '') : newCustomerId,
    newCustomer:
      customer.mode === 'new'
        ? { id: newCustomerId, name: customer.name, email: customer.email.trim() || null, phone: customer.phone.trim() || null, kind: customer.kind }
        : null,
    teamId: draft.teamId ?? '',
    assigneeId: draft.assigneeId,
    channel: draft.channel === 'call' ? 'phone' : draft.channel,
    priority: draft.priority,
    tags: draft.tags,
    fields: draft.fields,
    orderId: customer.mode === 'existing' ? draft.orderId : null,
    shipmentId: customer.mode === 'existing' ? draft.shipmentId : null,
    firstMessage: {
      id: uuidv7(),
      direction: draft.channel === 'call' ? 'note' : 'inbound',
      body: draft.body,
      call: draft.channel === 'call' ? { direction: draft.callDirection, durationSeconds: duration ?? 0 } : null,
    },
  } as const;
  const parsed = ticketCreateArgs.safeParse(args);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      const field = fieldOfPath[path] ?? (path.startsWith('tags') ? 'tags' : path.startsWith('fields.') ? `field:${String(issue.path[1])}` : 'form');
      errors[field] ??= issue.message;
    }
  }
  const checked = checkFieldValues(new Map(fieldDefs.map((d) => [d.key, d])), draft.fields);
  for (const p of checked.problems) errors[`field:${p.key}`] ??= p.message.slice(p.message.indexOf(':') + 2);
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, args };
}
