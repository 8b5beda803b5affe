import { and, eq } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { MutationRejection } from '../../core';
import type { HubContext } from '../HubContext';
import { csatResponses, csatSurveys, tickets } from '../store/schema';
import { recordSurveyAnswer } from './recordSurveyAnswer';
import { renderSurveyPage, type SurveyPage } from './renderSurveyPage';
import { SurveyRateLimit } from './SurveyRateLimit';

const paramsSchema = z.object({ token: z.string().min(1).max(300) });
const querySchema = z.object({ score: z.coerce.number().int().min(1).max(5).optional().catch(undefined) });
const answerSchema = z.object({
  score: z.coerce.number({ message: 'Please pick a score from 1 to 5.' }).int().min(1, 'Please pick a score from 1 to 5.').max(5, 'Please pick a score from 1 to 5.'),
  comment: z.string().max(2000, 'Your comment is too long (2,000 characters at most).').optional().default(''),
});
const publicAccess = { config: { access: 'public' as const } };

const closed = {
  invalid: { kind: 'closed', title: 'This survey link does not work', text: 'The link is incomplete or was changed. Please use the link from your message exactly as it came.' },
  expired: { kind: 'closed', title: 'This survey has closed', text: 'Answers to this survey are no longer accepted. Thank you all the same.' },
  busy: { kind: 'closed', title: 'Too many requests', text: 'Please wait a few minutes and try again.' },
} satisfies Record<string, SurveyPage>;

function send(reply: FastifyReply, status: number, page: SurveyPage): FastifyReply {
  return reply
    .status(status)
    .type('text/html; charset=utf-8')
    // The token in the address is the customer's key: never sent on, never cached, never framed.
    .header('referrer-policy', 'no-referrer')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    .send(renderSurveyPage(page));
}

/**
 * The public rating page (no sign-in; the signed link is the key): `GET /survey/:token` shows
 * the form, with `?score=` chosen, and records nothing (mail scanners open links); `POST
 * /survey/:token` (a plain form) records the answer, and a later POST replaces it. A link
 * answers only its own survey and ticket, until it expires; otherwise a plain page says why.
 */
export function registerSurveyRoutes(app: FastifyInstance, ctx: HubContext, limit = new SurveyRateLimit()): void {
  const load = async (token: string) => {
    const links = ctx.surveyLinks;
    const claim = links?.check(token, ctx.now());
    if (!claim || !claim.ok) return claim?.reason === 'expired' ? closed.expired : closed.invalid;
    const [survey] = await ctx.db
      .select({ id: csatSurveys.id, ticketId: csatSurveys.ticketId, status: csatSurveys.status, expiresAt: csatSurveys.expiresAt })
      .from(csatSurveys)
      .where(and(eq(csatSurveys.id, claim.surveyId), eq(csatSurveys.ticketId, claim.ticketId)));
    if (!survey || survey.status !== 'sent' || survey.expiresAt !== claim.expiresAt) return closed.invalid;
    const [ticket] = await ctx.db
      .select({ id: tickets.id, number: tickets.number, subject: tickets.subject, customerId: tickets.customerId, teamId: tickets.teamId })
      .from(tickets)
      .where(eq(tickets.id, survey.ticketId));
    if (!ticket) return closed.invalid;
    const [answer] = await ctx.db.select({ score: csatResponses.score, comment: csatResponses.comment }).from(csatResponses).where(eq(csatResponses.id, survey.id));
    return { surveyId: survey.id, ticket, answer: answer ?? null, action: `./${token}` };
  };

  app.register(async (scope) => {
    // A plain HTML form posts urlencoded; parsed here only, for these routes.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });

    scope.get('/survey/:token', publicAccess, async (request, reply) => {
      const wait = limit.take(request.ip, ctx.now());
      if (wait !== null) return send(reply.header('retry-after', String(wait)), 429, closed.busy);
      const { token } = paramsSchema.parse(request.params);
      const found = await load(token);
      if ('kind' in found) return send(reply, found === closed.expired ? 410 : 404, found);
      const { score } = querySchema.parse(request.query ?? {});
      const page: SurveyPage = {
        kind: 'form',
        ticket: found.ticket,
        action: found.action,
        score: score ?? found.answer?.score ?? null,
        comment: found.answer?.comment ?? '',
        answered: found.answer !== null,
        error: null,
      };
      return send(reply, 200, page);
    });

    scope.post('/survey/:token', publicAccess, async (request, reply) => {
      const wait = limit.take(request.ip, ctx.now());
      if (wait !== null) return send(reply.header('retry-after', String(wait)), 429, closed.busy);
      const { token } = paramsSchema.parse(request.params);
      const found = await load(token);
      if ('kind' in found) return send(reply, found === closed.expired ? 410 : 404, found);
      const body = z.record(z.string(), z.unknown()).catch({}).parse(request.body);
      const parsed = answerSchema.safeParse(body);
      const comment = typeof body.comment === 'string' ? body.comment.slice(0, 2000) : '';
      if (!parsed.success) {
        const error = parsed.error.issues[0]?.message ?? 'Please check your answer.';
        return send(reply, 400, { kind: 'form', ticket: found.ticket, action: found.action, score: null, comment, answered: found.answer !== null, error });
      }
      const text = parsed.data.comment.trim();
      try {
        await recordSurveyAnswer(ctx, { surveyId: found.surveyId, ticketId: found.ticket.id, customerId: found.ticket.customerId, teamId: found.ticket.teamId, score: parsed.data.score, comment: text === '' ? null : text });
      } catch (err) {
        if (!(err instanceof MutationRejection)) throw err;
        ctx.log.warn({ err }, 'survey answer refused');
        return send(reply, 409, { kind: 'closed', title: 'We could not record this answer', text: 'This ticket changed in a way that closes its survey. Thank you all the same.' });
      }
      return send(reply, 200, { kind: 'thanks', ticket: found.ticket, action: found.action, score: parsed.data.score, comment: text });
    });
  });
}
