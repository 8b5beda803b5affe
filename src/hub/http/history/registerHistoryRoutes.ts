import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { idSchema, scopesForAgent, teamIdOfScope } from '../../../core';
import type { HubContext } from '../../HubContext';
import { verifiedAgent } from '../../auth/verifiedAgent';
import { parseInput } from '../../parseInput';
import { readCustomerHistory } from './readCustomerHistory';
import { readHistoryBundle } from './readHistoryBundle';
import { readShipmentHistory } from './readShipmentHistory';
import { readTicketHistory } from './readTicketHistory';
import { searchMessageHistory } from './searchMessageHistory';
import { readTicketTimeline } from '../ticketHistory/readTicketTimeline';
import { listTeamIds } from '../../store/listTeamIds';

const idParamsSchema = z.object({ id: idSchema });
const customerQuerySchema = z.object({
  /** Rows created before this time (epoch ms); default: now. */
  before: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const messageSearchSchema = z.object({
  /** Words every matching message must contain (subject or body), space-separated. */
  q: z.string().trim().min(2, 'Type at least two characters').max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/**
 * On-demand fetch of rows older than the replication window (core/domain/replicationWindow.ts),
 * for any signed-in agent, limited to the caller's scopes: tickets (and their threads and
 * exceptions) only of the caller's teams; tenant rows (orders, shipments, events) to all.
 * Answers are `HistoryBundle`s the desktop caches into its replica.
 */
export function registerHistoryRoutes(app: FastifyInstance, ctx: HubContext): void {
  app.get('/api/v1/history/tickets/:id', { config: { access: 'agent' } }, async (request) => {
    const { id } = parseInput(idParamsSchema, request.params, 'ticket id');
    return readHistoryBundle(ctx.db, verifiedAgent(request), (tx, teamIds) => readTicketHistory(tx, teamIds, id));
  });

  // Who changed what on a ticket (from the change log and the audit log); not cached by the desktop.
  app.get('/api/v1/tickets/:id/history', { config: { access: 'agent' } }, async (request) => {
    const { id } = parseInput(idParamsSchema, request.params, 'ticket id');
    const agent = verifiedAgent(request);
    const teamIds = scopesForAgent(agent, await listTeamIds(ctx.db)).flatMap((s) => teamIdOfScope(s) ?? []);
    return { entries: await ctx.db.transaction((tx) => readTicketTimeline(tx, teamIds, id), { accessMode: 'read only' }) };
  });

  app.get('/api/v1/history/shipments/:id', { config: { access: 'agent' } }, async (request) => {
    const { id } = parseInput(idParamsSchema, request.params, 'shipment id');
    return readHistoryBundle(ctx.db, verifiedAgent(request), (tx, teamIds) => readShipmentHistory(tx, teamIds, id));
  });

  app.get('/api/v1/history/customers/:id', { config: { access: 'agent' } }, async (request) => {
    const { id } = parseInput(idParamsSchema, request.params, 'customer id');
    const query = parseInput(customerQuerySchema, request.query ?? {}, 'customer history query');
    const before = query.before ?? ctx.now() + 1;
    return readHistoryBundle(ctx.db, verifiedAgent(request), (tx, teamIds) => readCustomerHistory(tx, teamIds, id, before, query.limit));
  });

  // Older tickets whose messages contain the words (beyond the replication window), with their threads.
  app.get('/api/v1/history/messages', { config: { access: 'agent' } }, async (request) => {
    const query = parseInput(messageSearchSchema, request.query ?? {}, 'message search');
    const terms = [...new Set(query.q.split(/\s+/).filter(Boolean))].slice(0, 8);
    return readHistoryBundle(ctx.db, verifiedAgent(request), (tx, teamIds) => searchMessageHistory(tx, teamIds, terms, query.limit));
  });
}
