import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { HubContext } from '../HubContext';
import { describeZodError } from '../describeZodError';
import { replayRefusal } from '../ingest/signature/replayRefusal';
import { SeenSignatures } from '../ingest/signature/SeenSignatures';
import { verifySignedRequest } from '../ingest/signature/verifySignedRequest';
import { shipmentActions } from '../store/schema';
import { eq } from 'drizzle-orm';
import type { CarrierConnectorStore } from './CarrierConnectorStore';
import { connectorCallbackSchema } from './connectorCallbackSchema';
import { settleShipmentAction } from './settleShipmentAction';

const carrierParams = z.object({ carrier: z.string().min(1).max(100) });

/**
 * `POST /api/v1/connectors/:carrier/callback`: a carrier's decision on an action, signed v2 with
 * that carrier's connector secret, each signature accepted once. Idempotent: the first final
 * answer wins, and a repeat answers 200 with the state kept.
 */
export function registerConnectorCallbackRoute(app: FastifyInstance, ctx: HubContext, store: CarrierConnectorStore, acceptV1 = false): void {
  const seen = new SeenSignatures(ctx.db);
  void app.register(async (scope) => {
    // The signature covers the exact bytes, so this route reads its body raw.
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    scope.post('/api/v1/connectors/:carrier/callback', { config: { access: 'webhook' } }, async (request, reply) => {
      const params = carrierParams.safeParse(request.params);
      const connector = params.success ? await store.get(params.data.carrier) : undefined;
      if (!connector) return refuse(reply, 401, 'unauthorized', 'Callback refused: no connector is configured for this carrier.');
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const check = verifySignedRequest(request, connector.secret, raw, ctx.now(), acceptV1);
      if (!check.ok) return refuse(reply, 401, 'unauthorized', `Callback refused: ${check.reason}.`);
      let json: unknown;
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch {
        return refuse(reply, 400, 'invalid_request', 'Body is not JSON.');
      }
      const parsed = connectorCallbackSchema.safeParse(json);
      if (!parsed.success) return refuse(reply, 400, 'invalid_request', `Invalid callback: ${describeZodError(parsed.error)}`);
      if (!(await seen.claim(check.signature, 'connector-callback', ctx.now()))) return refuse(reply, replayRefusal.status, replayRefusal.code, replayRefusal.message);
      const { actionId, status, reason, reference } = parsed.data;
      const [action] = await ctx.db.select({ carrier: shipmentActions.carrier }).from(shipmentActions).where(eq(shipmentActions.id, actionId));
      // Another carrier's action answers as a missing one: a connector settles only its own.
      if (!action || action.carrier !== connector.carrier) return refuse(reply, 404, 'not_found', `No ${connector.carrier} action ${actionId}.`);
      const fallback = status === 'accepted' ? null : `${connector.carrier} gave no reason.`;
      await settleShipmentAction(ctx, { id: actionId, state: status, reason: reason ?? fallback, carrierReference: reference ?? null });
      const [after] = await ctx.db.select({ state: shipmentActions.state }).from(shipmentActions).where(eq(shipmentActions.id, actionId));
      return reply.send({ ok: true, state: after?.state ?? status });
    });
  });
}

function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ ok: false, error: { code, message } });
}
