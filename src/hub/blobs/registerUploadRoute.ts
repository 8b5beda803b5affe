import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { canAccessTicket, maxAttachmentBytes, uploadKeyPattern, agentActorOf } from '../../core';
import { verifiedAgent } from '../auth/verifiedAgent';
import type { HubContext } from '../HubContext';
import type { HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';
import { blobStoreOf } from './blobStoreOf';

const querySchema = z.object({
  ticketId: z.uuid({ message: 'must be a UUID' }),
  name: z.string().trim().min(1, 'file name is empty').max(500),
});

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (reply: FastifyReply, size: number | null) =>
  reply.status(413).send({
    error: {
      code: 'too_large',
      message: `${size === null ? 'This file is' : `This file is ${mb(size)};`} larger than the ${mb(maxAttachmentBytes)} limit for attachments. Share a link to it instead, or split it.`,
    },
  });

/**
 * PUT /api/v1/uploads/up/<uuid>/<sha16>?ticketId=&name=: the bytes of a file an agent attached
 * to a reply or note on a ticket they may see. The desktop picks the key (an offline reply names
 * it) and pushes the reply only after this answered 2xx; a repeat with the same bytes is a no-op,
 * other bytes under a used key are refused. Over 25 MB answers 413 with the reason.
 */
export function registerUploadRoute(app: FastifyInstance, ctx: HubContext): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    // A little room above the limit so the route itself can say how big the file was.
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxAttachmentBytes + 1024 }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error, _request, reply) => {
      if ((error as { code?: unknown }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') return tooLarge(reply, null);
      throw error;
    });
    scope.addHook('onRequest', async (request, reply) => {
      const declared = Number(request.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxAttachmentBytes) return tooLarge(reply, declared);
    });

    scope.put('/api/v1/uploads/*', { config: { access: 'agent' } }, async (request, reply) => {
      const agent = verifiedAgent(request);
      const key = String((request.params as { '*'?: unknown })['*'] ?? '');
      const fail = (status: number, code: string, message: string) => reply.status(status).send({ error: { code, message } });
      if (!uploadKeyPattern.test(key)) return fail(400, 'invalid_request', 'The upload key must be up/<uuid>/<first 16 hex of the sha256>.');
      const query = querySchema.safeParse(request.query);
      if (!query.success) return fail(400, 'invalid_request', `Upload ${query.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (bytes.length > maxAttachmentBytes) return tooLarge(reply, bytes.length);
      const ticket = await loadRow(ctx.db as unknown as HubTx, 'tickets', query.data.ticketId);
      if (!ticket || !canAccessTicket(agentActorOf(agent), ticket)) {
        return fail(404, 'not_found', 'No such ticket, or not in your team.');
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      if (!key.endsWith(`/${sha256.slice(0, 16)}`)) return fail(400, 'invalid_request', 'The file arrived damaged (its hash does not match its key); it will be sent again.');
      const blobs = blobStoreOf(ctx);
      const existing = await blobs.stat(key);
      if (existing) {
        if (existing.sha256 !== sha256) return fail(409, 'conflict', 'Another file was already uploaded under this key.');
        return reply.status(200).send({ storageKey: key, size: existing.size, stored: false });
      }
      const contentType = String(request.headers['content-type'] ?? 'application/octet-stream').slice(0, 200);
      const meta = await blobs.put(key, { bytes, filename: query.data.name, contentType });
      return reply.status(201).send({ storageKey: key, size: meta.size, stored: true });
    });
  });
}
