import type { HubContext } from '../HubContext';
import type { IngestWriters } from './IngestWriters';
import { storeEmail } from './write/storeEmail';
import { storeInboundMessage } from './write/storeInboundMessage';
import { storeOrderBatch } from './write/storeOrderBatch';
import { storeShipmentBatch } from './write/storeShipmentBatch';
import { storeTrackingBatch } from './write/storeTrackingBatch';
import { storeInvoiceBatch } from '../invoices/storeInvoiceBatch';
import { storeWarehouseBatch } from './write/storeWarehouseBatch';

/** The writers that store accepted deliveries through the hub's write lane and change log. */
export function hubIngestWriters(ctx: HubContext): IngestWriters {
  return {
    email: async (mail) => ({ ...(await storeEmail(ctx, mail)) }),
    message: async (message) =>
      ({
        ...(await storeInboundMessage(ctx, {
          channel: message.channel,
          externalId: message.externalId,
          replyTo: [],
          ticketNumber: null,
          threadKey: message.threadKey,
          sender: message.sender,
          subject: message.subject,
          body: message.body,
          htmlBody: null,
          attachments: [],
          direction: message.direction,
        })),
      }),
    orders: async (items) => ({ ...(await storeOrderBatch(ctx, items)) }),
    shipments: async (items) => ({ ...(await storeShipmentBatch(ctx, items)) }),
    tracking: async (items) => ({ ...(await storeTrackingBatch(ctx, items)) }),
    invoices: async (items) => ({ ...(await storeInvoiceBatch(ctx, items)) }),
    warehouse: async (items) => ({ ...(await storeWarehouseBatch(ctx, items)) }),
  };
}
