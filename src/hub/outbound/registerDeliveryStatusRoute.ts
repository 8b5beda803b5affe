import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { idSchema, teamScope, type DeliveryStatus, type MessageRow } from '../../core';
import type { HubContext } from '../HubContext';
import { describeZodError } from '../describeZodError';
import { runRulesWrite } from '../rules/runRulesWrite';
import { loadRow } from '../store/rowStore';
import { replayRefusal } from '../ingest/signature/replayRefusal';
import { SeenSignatures } from '../ingest/signature/SeenSignatures';
import { verifySignedRequest } from '../ingest/signature/verifySignedRequest';

export const deliveryStatusPath = '/api/v1/outbound/status';

const callbackSchema = z.object({
  messageId: idSchema,
  status: z.enum(['delivered', 'failed']),
  reason: z.string().max(2000).optional(),
});

/** Later states never go back: a late "failed" after "delivered" is ignored. */
const rank: Record<DeliveryStatus, number> = { received: 0, queued: 1, held: 1, sent: 2, failed: 3, delivered: 4 };

/**
 * Where SMS/chat/social providers report what happened to a message we sent: signed like the
 * webhooks we receive (v2 over method, path, `x-relay-delivery`, timestamp and body; each
 * signature accepted once, ingest/README.md). v1 only with `acceptV1`. The new delivery status
 * is written through the change log so the agent sees it live.
 */
export function registerDeliveryStatusRoute(app: FastifyInstance, ctx: HubContext, secret: string, acceptV1 = false): void {
  const seen = new SeenSignatures(ctx.db);
  void app.register(async (scope) => {
    // The signature covers the exact bytes, so this route reads its body raw.
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    scope.post(deliveryStatusPath, { config: { access: 'webhook' } }, async (request, reply) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const check = verifySignedRequest(request, secret, raw, ctx.now(), acceptV1);
      if (!check.ok) return refuse(reply, 401, 'unauthorized', `Status report refused: ${check.reason}.`);
      if (!(await seen.claim(check.signature, 'outbound-status', ctx.now()))) return refuse(reply, replayRefusal.status, replayRefusal.code, replayRefusal.message);
      let json: unknown;
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch {
        return refuse(reply, 400, 'invalid_request', 'Body is not JSON.');
      }
      const parsed = callbackSchema.safeParse(json);
      if (!parsed.success) return refuse(reply, 400, 'invalid_request', `Invalid status report: ${describeZodError(parsed.error)}`);
      const { messageId, status, reason } = parsed.data;
      const now = ctx.now();
      const result = await runRulesWrite(ctx, now, async (tx) => {
        const message = await loadRow(tx, 'messages', messageId);
        const ticket = message ? await loadRow(tx, 'tickets', message.ticketId) : undefined;
        if (!message || !ticket || message.direction !== 'outbound') return { value: null, changes: [], audit: [] };
        if (rank[status] <= rank[message.deliveryStatus]) return { value: message.deliveryStatus, changes: [], audit: [] };
        const row: MessageRow = { ...message, deliveryStatus: status };
        return {
          value: status,
          changes: [{ op: 'upsert', entity: 'messages', id: row.id, scope: teamScope(ticket.teamId), row }],
          audit: status === 'failed' ? [{ action: 'message.delivery_failed', entity: 'messages', entityId: row.id, detail: { reason: reason ?? 'reported by the provider' } }] : [],
        };
      });
      if (result === null) return refuse(reply, 404, 'not_found', `No outbound message ${messageId}.`);
      return reply.send({ ok: true, deliveryStatus: result });
    });
  });
}

function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ ok: false, error: { code, message } });
}
