import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRolesKit, type RolesKit } from './rolesKit';

describe('sign-in rate limiting (per email, per hub node)', () => {
  let kit: RolesKit;
  beforeAll(async () => {
    kit = await startRolesKit();
  });
  afterAll(async () => kit?.close());

  const login = (email: string, password: string) => kit.http('POST', '/api/v1/auth/login', null, { email, password });

  it('answers 429 with Retry-After after 5 failures in 10 minutes, even for the right password; other emails unaffected', async () => {
    for (let i = 0; i < 5; i++) expect((await login('priya@relay.example', `wrong-${i}`)).status).toBe(401);
    const locked = await login('Priya@relay.example', 'demo-priya');
    expect(locked.status).toBe(429);
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(locked.body).toMatchObject({ error: { code: 'rate_limited', retryAfterSeconds: retryAfter } });
    expect((await login('tom@relay.example', 'demo-tom')).status).toBe(200);
  });

  it('clears the count on a successful sign-in', async () => {
    for (let i = 0; i < 4; i++) expect((await login('tom@relay.example', `wrong-${i}`)).status).toBe(401);
    expect((await login('tom@relay.example', 'demo-tom')).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('tom@relay.example', `wrong-again-${i}`)).status).toBe(401);
    expect((await login('tom@relay.example', 'demo-tom')).status).toBe(200);
  });
});
