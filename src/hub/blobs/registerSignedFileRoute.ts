import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { HubContext } from '../HubContext';
import { blobStoreOf } from './blobStoreOf';
import { verifyFileUrl } from './signFileUrl';

const querySchema = z.object({ expires: z.coerce.number().int(), sig: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * GET /api/v1/files/<key>?expires=&sig=: a file linked from an outbound webhook, for the
 * provider (no session: the HMAC of the outbound secret is the proof). Bad, expired or
 * missing all answer the same 404.
 */
export function registerSignedFileRoute(app: FastifyInstance, ctx: HubContext, secret: string): void {
  app.get('/api/v1/files/*', { config: { access: 'webhook' } }, async (request, reply) => {
    const key = String((request.params as { '*'?: unknown })['*'] ?? '');
    const query = querySchema.safeParse(request.query);
    const notFound = () => reply.status(404).send({ error: { code: 'not_found', message: 'No such file, or the link expired.' } });
    if (!query.success || !verifyFileUrl(secret, key, query.data.expires, query.data.sig, ctx.now())) return notFound();
    const file = await blobStoreOf(ctx).get(key);
    if (!file) return notFound();
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.bytes);
  });
}
