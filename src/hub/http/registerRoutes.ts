import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { mutationEnvelopeSchema, SYNC_PROTOCOL_VERSION } from '../../core';
import { authRoutePaths } from '../auth/authRoutePaths';
import { issueToken } from '../auth/sessions/issueToken';
import { verifiedAgent } from '../auth/verifiedAgent';
import { verifyPassword } from '../auth/verifyPassword';
import type { HubContext } from '../HubContext';
import type { IngestOptions } from '../ingest/IngestOptions';
import type { HubJobs } from '../jobs/HubJobs';
import { registerIngestRoutes } from '../ingest/registerIngestRoutes';
import { registerUploadRoute } from '../blobs/registerUploadRoute';
import { registerInvoicePdfRoute } from '../invoices/registerInvoicePdfRoute';
import { HubRequestError, type HubErrorCode } from '../HubRequestError';
import { parseInput } from '../parseInput';
import { findAgentForLogin } from '../store/findAgentForLogin';
import { applyMutation } from '../write/applyMutation';

const loginBodySchema = z.object({
  email: z.email({ message: 'must be an email address' }),
  password: z.string().min(1, 'must not be empty').max(1024),
});

const statusOf: Record<HubErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  protocol: 400,
  internal: 500,
};

/** The HTTP API under /api/v1. Errors are always `{error:{code,message}}`. */
export function registerRoutes(app: FastifyInstance, ctx: HubContext, jobs: HubJobs, ingestOptions?: IngestOptions): void {
  app.setErrorHandler((error: unknown, _request, reply) => {
    if (error instanceof HubRequestError) {
      return reply.status(statusOf[error.code]).send({ error: { code: error.code, message: error.message } });
    }
    // Fastify's own 4xx (unparsable JSON, wrong content type, body too large) keep their status.
    const status = z.object({ statusCode: z.number().int().min(400).max(499), message: z.string() }).safeParse(error);
    if (status.success) {
      return reply.status(status.data.statusCode).send({ error: { code: 'invalid_request', message: status.data.message } });
    }
    ctx.log.error({ err: error }, 'request failed');
    return reply.status(500).send({ error: { code: 'internal', message: 'The hub failed to handle this request.' } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ error: { code: 'not_found', message: `No route ${request.method} ${request.url}` } }),
  );

  // Every route declares who may call it (config.access, enforced by auth/registerAccessControl).
  app.get('/api/v1/health', { config: { access: 'public' } }, async () => ({ ok: true, protocol: SYNC_PROTOCOL_VERSION, time: ctx.now() }));

  app.post(authRoutePaths.login, { config: { access: 'public' } }, async (request, reply) => {
    const body = parseInput(loginBodySchema, request.body ?? {}, 'sign-in request');
    const found = await findAgentForLogin(ctx.db, body.email);
    const ok = await verifyPassword(found?.passwordHash ?? null, body.password);
    if (!found || !ok) {
      return reply.status(401).send({ error: { code: 'unauthorized', message: 'Wrong email or password.' } });
    }
    return { token: await issueToken(ctx, found.agent.id), agent: found.agent };
  });

  app.get('/api/v1/me', { config: { access: 'agent' } }, async (request) => ({ agent: verifiedAgent(request) }));

  registerIngestRoutes(app, ctx, jobs, ingestOptions);
  registerUploadRoute(app, ctx);
  registerInvoicePdfRoute(app, ctx);

  app.post('/api/v1/mutations', { config: { access: 'agent' } }, async (request: FastifyRequest, reply: FastifyReply) => {
    const agent = verifiedAgent(request);
    const envelope = parseInput(mutationEnvelopeSchema, request.body, 'mutation envelope');
    return reply.send(await applyMutation(ctx.lane, envelope, agent.id, ctx.now));
  });
}
