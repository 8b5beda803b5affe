import type { EntityName } from '../domain/entities';
import { erasedText } from './erasedText';

/** Entities that carry a customer's words or contact details. */
export type RedactedEntity = Extract<EntityName, 'customers' | 'contacts' | 'tickets' | 'messages' | 'csat_responses'>;

const patches: Record<RedactedEntity, Readonly<Record<string, unknown>>> = {
  customers: { name: erasedText.customerName, email: null, phone: null, addresses: [] },
  contacts: { name: erasedText.contactName, email: null, phone: null, role: null },
  tickets: { subject: erasedText.ticketSubject, fields: {} },
  messages: { subject: null, body: erasedText.messageBody, htmlBody: null, attachments: [], cc: [], bcc: [], call: null },
  csat_responses: { comment: null },
};

/**
 * The fields an erasure or retention anonymisation overwrites, per entity: applied to the live row
 * by the mutation and merged into every logged version of it by the hub, so both say the same.
 */
export function redactionPatch(entity: RedactedEntity): Readonly<Record<string, unknown>> {
  return patches[entity];
}

export function isRedactedEntity(entity: string): entity is RedactedEntity {
  return Object.hasOwn(patches, entity);
}
