import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { z } from 'zod';
import { scopesForAgent, teamIdOfScope } from '../../src/core';
import { openStore, type StoreTarget } from '../../src/hub/store/openStore';
import { listTeamIds } from '../../src/hub/store/listTeamIds';
import { findAgentForLogin } from '../../src/hub/store/findAgentForLogin';
import { loadAgent } from '../../src/hub/store/loadAgent';
import { hubExceptionsQueue } from './hubExceptionsQueue';
import { hubInboxPage } from './hubInboxPage';

const limitSchema = z.object({ limit: z.coerce.number().int().min(1).max(2000) });

/**
 * The hub's answer for the inbox page and the exceptions queue over loopback HTTP (Fastify, as
 * the hub), on the hub's own store: the baseline "same work" for the desktop's screen reads.
 * Each request loads the caller and their teams first, as the hub's access hook and history
 * routes do. Opened on the store after its hub closed: PGlite has one owner at a time.
 */
export async function startHubScreenServer(target: StoreTarget, email: string): Promise<{ url: string; close(): Promise<void> }> {
  const store = await openStore(target);
  const agentId = (await findAgentForLogin(store.db, email))?.agent.id;
  if (!agentId) {
    await store.close();
    throw new Error(`bench: no agent ${email} in the hub store`);
  }
  const app = Fastify({ logger: false });
  const teamsOfCaller = async (): Promise<string[]> => {
    const agent = await loadAgent(store.db, agentId);
    if (!agent) throw new Error(`bench: agent ${email} vanished from the hub store`);
    return scopesForAgent(agent, await listTeamIds(store.db)).flatMap((s) => teamIdOfScope(s) ?? []);
  };
  app.get('/inbox', async (request) => {
    const { limit } = limitSchema.parse(request.query);
    return { tickets: await hubInboxPage(store.db, await teamsOfCaller(), limit) };
  });
  app.get('/exceptions', async (request) => {
    const { limit } = limitSchema.parse(request.query);
    return hubExceptionsQueue(store.db, await teamsOfCaller(), limit, Date.now());
  });
  try {
    await app.listen({ host: '127.0.0.1', port: 0 });
  } catch (error) {
    await store.close();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
