import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../../../../src/hub/startHub';
import { freshPgDatabase } from '../../../fixtures/desktop/freshPgDatabase';
import { rolesBackends, startRolesKit, type RolesKit } from '../roles/rolesKit';

async function login(hubUrl: string, email: string, password: string): Promise<{ status: number; body: unknown; retryAfter: string | null }> {
  const res = await fetch(`${hubUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, body: (await res.json()) as unknown, retryAfter: res.headers.get('retry-after') };
}

function countStatuses(answers: Array<{ status: number }>): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const a of answers) counts[a.status] = (counts[a.status] ?? 0) + 1;
  return counts;
}

for (const backend of rolesBackends) {
  if (backend.skip) console.info(`[login limits on ${backend.name}] skipped: ${backend.skip}`);
  describe.skipIf(backend.skip !== null)(`sign-in limits counted before the password check (${backend.name})`, () => {
    let kit: RolesKit;
    // A hub per case: counters left by one case must not decide another.
    beforeEach(async () => {
      kit = await startRolesKit(backend.kind);
    });
    afterEach(async () => kit?.close());

    it('lets at most 5 of 40 parallel wrong passwords for one account reach the password check; the rest get 429', async () => {
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => login(kit.hub.url, 'priya@relay.example', `wrong-${i}`)));
      expect(countStatuses(answers)).toEqual({ 401: 5, 429: 35 });
      const refused = answers.find((a) => a.status === 429);
      expect(Number(refused?.retryAfter)).toBeGreaterThan(0);
      expect(refused?.body).toMatchObject({ error: { code: 'rate_limited', message: expect.stringMatching(/for this account/) } });
      // Locked means locked: the right password is not even checked.
      expect((await login(kit.hub.url, 'Priya@relay.example', 'demo-priya')).status).toBe(429);
    });

    it('limits failed sign-ins per client address across accounts (20), then refuses even a right password from it', async () => {
      for (let i = 0; i < 20; i++) expect((await login(kit.hub.url, `nobody-${i}@relay.example`, 'guess')).status).toBe(401);
      const refused = await login(kit.hub.url, 'tom@relay.example', 'demo-tom');
      expect(refused.status).toBe(429);
      expect(refused.body).toMatchObject({ error: { code: 'rate_limited', message: expect.stringMatching(/network address/) } });
    });
  });
}

const twoNodeSkip = process.env.DATABASE_URL && process.env.REDIS_URL ? null : 'DATABASE_URL and REDIS_URL must both be set';
if (twoNodeSkip) console.info(`[login limits across two hub nodes] skipped: ${twoNodeSkip}`);

describe.skipIf(twoNodeSkip !== null)('sign-in limits shared by two hub nodes through Redis', () => {
  let db: { url: string; drop(): Promise<void> };
  let nodes: RunningHub[] = [];
  beforeAll(async () => {
    db = await freshPgDatabase(process.env.DATABASE_URL ?? '', 'relay_login_limits');
    const redisKey = `relay-test-${randomBytes(6).toString('hex')}`;
    const options = { databaseUrl: db.url, redisUrl: process.env.REDIS_URL, redisKey, port: 0 };
    // One node seeds first: two seeding at once would race on the demo rows.
    nodes = [await startHub({ ...options, seed: 'demo' })];
    nodes.push(await startHub({ ...options, seed: null }));
  });
  afterAll(async () => {
    for (const node of nodes) await node.close();
    await db?.drop();
  });

  it('lets at most 5 of 40 parallel wrong passwords spread over both nodes reach the password check', async () => {
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login(nodes[i % 2]?.url ?? '', 'maya@relay.example', `wrong-${i}`)),
    );
    expect(countStatuses(answers)).toEqual({ 401: 5, 429: 35 });
    for (const node of nodes) expect((await login(node.url, 'maya@relay.example', 'demo-maya')).status).toBe(429);
  });
});
