import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type KbArticleRow, type MutationResult } from '../../../../src/core';
import { startRolesKit, type RoleSession, type RolesKit } from './rolesKit';

/** The hub re-runs article.save with the verified actor: leads and admins write, agents are refused. */
describe('article.save on the hub (PGlite)', () => {
  let kit: RolesKit;
  let priya: RoleSession; // agent
  let daniel: RoleSession; // lead

  beforeAll(async () => {
    kit = await startRolesKit('pglite');
    priya = await kit.session('priya@relay.example');
    daniel = await kit.session('daniel@relay.example');
  });
  afterAll(async () => kit?.close());

  const push = (s: RoleSession, args: unknown) =>
    kit.http('POST', '/api/v1/mutations', s.token, { id: uuidv7(), name: 'article.save', args, clientId: s.clientId, createdAt: Date.now() });

  it('refuses an agent and stores a lead’s article in the tenant scope for everyone', async () => {
    const id = uuidv7();
    const args = { id, title: 'Pallet labels', body: 'Label every side.', category: 'Freight', tags: ['pallets'] };
    const refused = (await push(priya, args)).body as MutationResult;
    expect(refused).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });

    const applied = (await push(daniel, args)).body as MutationResult;
    expect(applied.status).toBe('applied');
    // Another team's agent replicates it: articles are tenant-wide.
    const articles = (await kit.snapshotAll(priya, 'tenant', 'kb_articles')) as KbArticleRow[];
    expect(articles.find((a) => a.id === id)).toMatchObject({ title: 'Pallet labels', authorId: daniel.agent.id });
  });
});
