import { z } from 'zod';
import { idSchema, timestampSchema } from '../domain/ids';
import { outboundMessageRow } from '../domain/outboundMessageRow';
import { teamScope } from '../domain/scopes';
import { surveyLinkCount, surveyMessageBody } from '../csat/surveyMessageBody';
import { defineMutation } from './MutationDef';
import { requireSystemActor, requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const csatRequestSurveyArgs = z
  .object({
    /** The hub's survey record (hub-only); its answer will be the csat_responses row of this id. */
    surveyId: idSchema,
    ticketId: idSchema,
    customerId: idSchema,
    messageId: idSchema,
    channel: z.enum(['email', 'sms', 'chat', 'social']),
    /** Signed links made by the hub: five for email (score 1…5), one otherwise. */
    links: z.array(z.url().max(2000)).min(1).max(5),
    expiresAt: timestampSchema,
  })
  .refine((a) => a.links.length === surveyLinkCount(a.channel), { message: 'email carries five links (one per score), other channels one', path: ['links'] });
export type CsatRequestSurveyArgs = z.infer<typeof csatRequestSurveyArgs>;

/**
 * The rules send a solved ticket's satisfaction survey (actor system:rules): one outbound
 * message on the ticket, queued like every message (the hub sends it after commit). When and
 * whether was decided before (decideSurvey); refused if the ticket was reopened meanwhile.
 */
export const csatRequestSurvey = defineMutation({
  name: 'csat.requestSurvey',
  callers: 'system',
  args: csatRequestSurveyArgs,
  reads: (args) => [
    { entity: 'tickets', id: args.ticketId },
    { entity: 'customers', id: args.customerId },
    { entity: 'messages', id: args.messageId },
  ],
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:rules']);
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.ticketId), args.ticketId);
    if (ticket.customerId !== args.customerId) throw new MutationRejection('conflict', `Ticket ${ticket.number ?? ticket.id} changed customer meanwhile.`);
    if (ticket.status !== 'solved' && ticket.status !== 'closed') throw new MutationRejection('conflict', `Ticket ${ticket.number ?? ticket.id} was reopened; no survey.`);
    const customer = rows.get('customers', args.customerId);
    if (!customer) throw new MutationRejection('not_found', `Customer ${args.customerId} does not exist.`);
    if (rows.get('messages', args.messageId)) throw new MutationRejection('conflict', `Message ${args.messageId} already exists.`);
    const validDays = Math.max(1, Math.round((args.expiresAt - ctx.now) / 86_400_000));
    const body = surveyMessageBody({ ticket, customerName: customer.name, channel: args.channel, links: args.links, validDays });
    const message = outboundMessageRow({ id: args.messageId, ticket, channel: args.channel, body, authorId: null, now: ctx.now });
    // The ticket row is left alone: a survey must not bump a solved ticket up anyone's list.
    return [{ op: 'upsert', entity: 'messages', id: message.id, scope: teamScope(ticket.teamId), row: message }];
  },
});
