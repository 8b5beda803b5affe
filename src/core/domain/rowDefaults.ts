import type { CustomerRow, MessageRow, TicketRow } from './rows';
import { defaultCustomerPreferences } from './customerPreferences';

/*
 * Values of the fields added to the spine's rows (links, SLA clock, email details,
 * preferences) for a row that has none of them yet. Spread first, then set what you know.
 */

export function customerRowDefaults(): Pick<CustomerRow, 'segment' | 'preferences'> {
  return { segment: 'general', preferences: structuredClone(defaultCustomerPreferences) };
}

export function ticketRowDefaults(): Pick<
  TicketRow,
  | 'contactId'
  | 'orderId'
  | 'shipmentId'
  | 'firstResponseDueAt'
  | 'resolutionDueAt'
  | 'firstRespondedAt'
  | 'solvedAt'
  | 'slaPausedAt'
  | 'slaPausedMs'
> {
  return {
    contactId: null,
    orderId: null,
    shipmentId: null,
    firstResponseDueAt: null,
    resolutionDueAt: null,
    firstRespondedAt: null,
    solvedAt: null,
    slaPausedAt: null,
    slaPausedMs: 0,
  };
}

export function messageRowDefaults(): Pick<MessageRow, 'subject' | 'htmlBody' | 'attachments' | 'externalId'> {
  return { subject: null, htmlBody: null, attachments: [], externalId: null };
}
