import type { InboundMessage, InboundTrackingEvent, OrderUpsertPayload, ShipmentUpsertPayload, WarehouseEventPayload } from '../../core/ingest';
import type { ParsedEmail } from './email/parseEmail';
import type { InvoiceFeedItem } from '../invoices/InvoiceFeedItem';

export type IngestResult = Record<string, unknown>;

/** Where accepted deliveries are stored; each call runs after the HTTP answer, in arrival order. */
export interface IngestWriters {
  email(mail: ParsedEmail): Promise<IngestResult>;
  message(message: InboundMessage): Promise<IngestResult>;
  orders(items: { index: number; value: OrderUpsertPayload }[]): Promise<IngestResult>;
  shipments(items: { index: number; value: ShipmentUpsertPayload }[]): Promise<IngestResult>;
  tracking(events: { index: number; value: InboundTrackingEvent }[]): Promise<IngestResult>;
  invoices(items: { index: number; value: InvoiceFeedItem }[]): Promise<IngestResult>;
  warehouse(events: { index: number; value: WarehouseEventPayload }[]): Promise<IngestResult>;
}
