import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { HubContext } from '../HubContext';
import { blobStoreOf } from '../blobs/blobStoreOf';
import type { HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';

const paramsSchema = z.object({ id: z.uuid() });

/**
 * GET /api/v1/invoices/:id/pdf: an invoice's PDF for any signed-in agent (invoices replicate
 * tenant-wide like orders, so every agent already sees the invoice). Download only, no sniffing.
 */
export function registerInvoicePdfRoute(app: FastifyInstance, ctx: HubContext): void {
  app.get('/api/v1/invoices/:id/pdf', { config: { access: 'agent' } }, async (request, reply) => {
    const notFound = (message: string) => reply.status(404).send({ error: { code: 'not_found', message } });
    const params = paramsSchema.safeParse(request.params);
    if (!params.success) return notFound('No such invoice.');
    const invoice = await loadRow(ctx.db as unknown as HubTx, 'invoices', params.data.id);
    if (!invoice) return notFound('No such invoice.');
    if (!invoice.pdf) return notFound(`Invoice ${invoice.number} has no PDF yet (the ERP has not sent one).`);
    const file = await blobStoreOf(ctx).get(invoice.pdf.storageKey);
    if (!file) return notFound(`The PDF of invoice ${invoice.number} is missing on the hub.`);
    return reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(invoice.pdf.name)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.bytes);
  });
}
