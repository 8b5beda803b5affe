import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type AgentRow } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { memoryTokenStore } from '../../../../src/desktop/session/memoryTokenStore';
import { call } from '../../../fixtures/desktop/coreCalls';
import { startFakeLoginServer } from '../../../fixtures/desktop/fakeLoginServer';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const quiet = (): void => {};

describe('knowledge channels through the desktop core', () => {
  const dir = tempDir();
  let login: Awaited<ReturnType<typeof startFakeLoginServer>>;
  let fx: ReturnType<typeof replicaFixtures>;
  let lead: AgentRow;
  let core: DesktopCore;

  beforeAll(async () => {
    fx = replicaFixtures();
    lead = { ...fx.agent, id: uuidv7(), email: 'lee@relay.example', name: 'Lee Lead', role: 'lead' };
    login = await startFakeLoginServer({ [fx.agent.email]: fx.agent, [lead.email]: lead });
  });
  afterAll(async () => {
    await login.close();
    dir.remove();
  });
  afterEach(() => core.close());

  const draft = { title: 'Pallet labels', body: 'Label **every** side of a pallet.', category: 'Freight', tags: ['pallets'] };

  it('refuses article.save for an agent and writes nothing', async () => {
    core = await createDesktopCore({ dbPath: dir.file(`${uuidv7()}.sqlite`), hubUrl: login.url, tokenStore: memoryTokenStore(), log: quiet });
    await call(core, 'session.signIn', { email: fx.agent.email, password: 'pw' });
    expect(await core.invoke('article.save', { ...draft, id: uuidv7() })).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Only team leads and admins can edit knowledge articles.' },
    });
    expect(await call(core, 'kb.search', { query: 'pallet' })).toEqual([]);
  });

  it('saves a lead’s article optimistically: searchable, readable and listed at once', async () => {
    core = await createDesktopCore({ dbPath: dir.file(`${uuidv7()}.sqlite`), hubUrl: login.url, tokenStore: memoryTokenStore(), log: quiet });
    await call(core, 'session.signIn', { email: lead.email, password: 'pw' });
    const saved = { ...draft, id: uuidv7() };
    await call(core, 'article.save', saved);
    const [hit] = await call(core, 'kb.search', { query: 'pallet lab' });
    expect(hit).toMatchObject({ id: saved.id, category: 'Freight', title: { text: 'Pallet labels', marks: [[0, 6], [7, 13]] } });
    expect(await call(core, 'kb.get', { id: saved.id })).toMatchObject({ title: 'Pallet labels', authorId: lead.id });
    expect(await call(core, 'kb.categories', {})).toEqual([{ category: 'Freight', count: 1 }]);
    expect(await core.invoke('article.save', { ...draft, id: saved.id, title: ' ' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
