import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { HubContext } from '../HubContext';
import type { HubJobs } from '../jobs/HubJobs';
import { createIngestHandlers } from './createIngestHandlers';
import { deliveryJob } from './deliveryJob';
import { DeliveryLog } from './DeliveryLog';
import { registerAttachmentRoute } from './registerAttachmentRoute';
import { hubIngestWriters } from './hubIngestWriters';
import type { IngestHandler } from './IngestHandler';
import { ingestOptionsFromEnv, type IngestOptions } from './IngestOptions';
import type { IngestWriters } from './IngestWriters';
import { PreparedDeliveries } from './PreparedDeliveries';
import { runDelivery } from './runDelivery';
import { replayRefusal } from './signature/replayRefusal';
import { SeenSignatures } from './signature/SeenSignatures';
import { verifySignedRequest } from './signature/verifySignedRequest';
import { webhookSources, type WebhookSource } from './webhookSources';

const paramsSchema = z.object({ source: z.enum(webhookSources) });
const statusParamsSchema = z.object({ source: z.enum(webhookSources), deliveryId: z.string().min(1).max(200) });

export interface IngestRuntime {
  deliveries: DeliveryLog;
  /** Resolves once no delivery job is waiting or running on any node (tests). */
  idle(): Promise<void>;
}

const fail = (reply: FastifyReply, status: number, code: string, message: string, details: Record<string, unknown> = {}) =>
  reply.status(status).send({ error: { code, message }, ...details });

/**
 * POST /api/v1/ingest/:source — signed webhooks (see README). Registered in its own plugin
 * scope so its raw-body parser (the signature needs the exact bytes) touches no other route.
 */
export function registerIngestRoutes(
  app: FastifyInstance,
  ctx: HubContext,
  jobs: HubJobs,
  options: IngestOptions = ingestOptionsFromEnv(),
  writers: IngestWriters = hubIngestWriters(ctx),
  handlers: Record<WebhookSource, IngestHandler> = createIngestHandlers(writers, options),
): IngestRuntime {
  const deliveries = new DeliveryLog(ctx.db);
  const seen = new SeenSignatures(ctx.db);
  const acceptV1 = options.acceptV1 ?? false;
  const prepared = new PreparedDeliveries();
  const job = (source: WebhookSource, deliveryId: string) => ({ data: { source, deliveryId }, key: deliveryJob.key(source), id: deliveryJob.id(source, deliveryId) });

  // Deliveries recorded without a job (a node died between the two statements, or a hub from before
  // the queue) get one now; ids derive from the delivery, so those already queued are left alone.
  // Then this node takes its share of the queue: any node may run any delivery.
  app.addHook('onReady', async () => {
    const orphans = (await deliveries.unfinished()).flatMap((d) => {
      const source = paramsSchema.shape.source.safeParse(d.source);
      return source.success ? [job(source.data, d.deliveryId)] : [];
    });
    await jobs.insert('ingest-delivery', orphans);
    await jobs.work('ingest-delivery', deliveryJob.schema, runDelivery(ctx, deliveries, handlers, prepared), 4);
  });

  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.bodyLimitBytes }, (_request, body, done) => done(null, body));
    // Jobs in hand finish before the store goes; queued ones wait in the database for any node.
    scope.addHook('onClose', async () => jobs.offWork('ingest-delivery'));
    registerAttachmentRoute(scope, ctx);

    scope.post('/api/v1/ingest/:source', { config: { access: 'webhook' } }, async (request, reply) => {
      const params = paramsSchema.safeParse(request.params);
      if (!params.success) return fail(reply, 404, 'not_found', `No ingest source "${String((request.params as { source?: unknown }).source)}"; known: ${webhookSources.join(', ')}.`);
      const source: WebhookSource = params.data.source;
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const secret = options.secrets[source] ?? options.secrets.default;
      if (!secret) return fail(reply, 401, 'unauthorized', `No webhook secret is configured for "${source}" (set RELAY_WEBHOOK_SECRET).`);
      const check = verifySignedRequest(request, secret, body, ctx.now(), acceptV1);
      if (!check.ok) return fail(reply, 401, 'unauthorized', `Webhook refused: ${check.reason}.`);
      const deliveryId = check.deliveryId;

      // A sender retrying a delivery it already made gets the stored answer; nothing runs twice.
      const known = await deliveries.find(source, deliveryId);
      if (known) return reply.status(200).send({ duplicate: true, deliveryId, status: known.status, result: known.result });

      const handler = handlers[source];
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!handler.contentTypes.includes(mediaType)) {
        return fail(reply, 415, 'invalid_request', `"${source}" takes ${handler.contentTypes.join(' or ')}, not "${mediaType || 'no content type'}".`);
      }
      const work = handler.prepare(body, deliveryId);
      if (!work.ok) return fail(reply, work.status, 'invalid_request', work.message, work.details);

      const ack = { deliveryId, ...work.ack };
      // A signature is good once (claimed only for a delivery about to be recorded, so a refused
      // one can be fixed and resent): a v1 request replayed under a new delivery id stops here.
      if (!(await seen.claim(check.signature, source, ctx.now()))) {
        const racing = await deliveries.find(source, deliveryId);
        if (racing) return reply.status(200).send({ duplicate: true, deliveryId, status: racing.status, result: racing.result });
        return fail(reply, replayRefusal.status, replayRefusal.code, replayRefusal.message);
      }
      if (!(await deliveries.record(source, deliveryId, ctx.now(), ack, body))) {
        const again = await deliveries.find(source, deliveryId);
        return reply.status(200).send({ duplicate: true, deliveryId, status: again?.status ?? 'queued', result: again?.result ?? null });
      }
      // The job on this node runs what was just prepared instead of validating the stored body again.
      prepared.keep(source, deliveryId, work.run, body.length);
      const queued = job(source, deliveryId);
      await jobs.send('ingest-delivery', queued.data, queued);
      return reply.status(202).send(ack);
    });

    // Status of a delivery, for senders and tests: signed like a delivery (v2 binds GET and this
    // path, so a signature reads this delivery only), over an empty body, with x-relay-delivery
    // naming the delivery asked about. Reads change nothing: no seen-signature claim, polls repeat.
    scope.get('/api/v1/ingest/:source/deliveries/:deliveryId', { config: { access: 'webhook' } }, async (request, reply) => {
      const params = statusParamsSchema.safeParse(request.params);
      if (!params.success) return fail(reply, 404, 'not_found', 'No such ingest source.');
      const { source, deliveryId } = params.data;
      const secret = options.secrets[source] ?? options.secrets.default;
      if (!secret) return fail(reply, 401, 'unauthorized', `No webhook secret is configured for "${source}" (set RELAY_WEBHOOK_SECRET).`);
      const check = verifySignedRequest(request, secret, Buffer.alloc(0), ctx.now(), acceptV1);
      if (!check.ok) return fail(reply, 401, 'unauthorized', `Webhook refused: ${check.reason}.`);
      if (check.deliveryId !== deliveryId) return fail(reply, 401, 'unauthorized', 'x-relay-delivery must name the delivery asked about.');
      const record = await deliveries.find(source, deliveryId);
      if (!record) return fail(reply, 404, 'not_found', `No delivery ${deliveryId} for ${source}.`);
      return reply.send({ deliveryId, ...record });
    });
  });
  return { deliveries, idle: () => jobs.idle(['ingest-delivery']) };
}
