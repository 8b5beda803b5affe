import type { CustomerRow, MessageRow, TicketRow } from './rows';
import type { ExceptionRow } from './logisticsRows';
import { defaultCustomerPreferences } from './customerPreferences';

/*
 * Values of the fields added to the spine's rows (links, SLA clock, email details,
 * preferences) for a row that has none of them yet. Spread first, then set what you know.
 */

export function customerRowDefaults(): Pick<CustomerRow, 'segment' | 'preferences' | 'addresses' | 'mergedIntoId'> {
  return { segment: 'general', preferences: structuredClone(defaultCustomerPreferences), addresses: [], mergedIntoId: null };
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
  | 'nextResponseSince'
  | 'nextResponseDueAt'
  | 'nextResponsePausedMs'
  | 'slaAtRiskAt'
  | 'mergedIntoId'
  | 'tags'
  | 'fields'
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
    nextResponseSince: null,
    nextResponseDueAt: null,
    nextResponsePausedMs: 0,
    slaAtRiskAt: null,
    mergedIntoId: null,
    tags: [],
    fields: {},
  };
}

export function messageRowDefaults(): Pick<MessageRow, 'subject' | 'htmlBody' | 'attachments' | 'externalId' | 'call' | 'cc' | 'bcc' | 'mentions'> {
  return { subject: null, htmlBody: null, attachments: [], externalId: null, call: null, cc: [], bcc: [], mentions: [] };
}

export function exceptionRowDefaults(): Pick<
  ExceptionRow,
  'assigneeId' | 'acknowledgedBy' | 'resolvedBy' | 'resolutionNote' | 'notifiedAt' | 'orderId'
> {
  return { assigneeId: null, acknowledgedBy: null, resolvedBy: null, resolutionNote: null, notifiedAt: null, orderId: null };
}
