import { eq, sql } from 'drizzle-orm';
import { uploadKeyPattern } from '../../core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { verifiedAgent } from '../auth/verifiedAgent';
import type { HubContext } from '../HubContext';
import { messages, tickets } from '../store/schema';
import { blobStoreOf } from '../blobs/blobStoreOf';

// Inbound email attachments (att/…) and agents' uploads (up/…).
const keySchema = z.string().refine((k) => /^att\/[0-9a-f-]{36}\/[0-9a-f]{16}$/.test(k) || uploadKeyPattern.test(k), 'is not an attachment storage key');

/**
 * GET /api/v1/attachments/<storageKey>: the bytes of an email attachment or an agent's upload, for an agent
 * who may see the ticket it came on (admins: any). Missing and not-yours answer the same 404.
 */
export function registerAttachmentRoute(scope: FastifyInstance, ctx: HubContext): void {
  scope.get('/api/v1/attachments/*', { config: { access: 'agent' } }, async (request, reply) => {
    const agent = verifiedAgent(request);
    const key = keySchema.safeParse((request.params as { '*'?: unknown })['*']);
    const notFound = () => reply.status(404).send({ error: { code: 'not_found', message: 'No such attachment, or not on a ticket of your team.' } });
    if (!key.success) return notFound();
    const [owner] = await ctx.db
      .select({ teamId: tickets.teamId })
      .from(messages)
      .innerJoin(tickets, eq(tickets.id, messages.ticketId))
      .where(sql`${messages.attachments} @> ${JSON.stringify([{ storageKey: key.data }])}::jsonb`)
      .limit(1);
    if (!owner || (agent.role !== 'admin' && agent.teamId !== owner.teamId)) return notFound();
    const file = await blobStoreOf(ctx).get(key.data);
    if (!file) return notFound();
    // Customer files are never rendered by the hub's origin: download only, no type sniffing.
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
      .header('x-content-type-options', 'nosniff')
      .send(file.bytes);
  });
}
