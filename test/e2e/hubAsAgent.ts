import { randomUUID } from 'node:crypto';
import { uuidv7 } from '../../src/core';

/**
 * Another agent acting directly on the hub over its HTTP API, standing in for a colleague
 * on a second desktop.
 */
export async function hubAsAgent(hubUrl: string, email: string, password: string) {
  const login = await fetch(`${hubUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`hub login as ${email} failed: HTTP ${login.status}`);
  const { token } = (await login.json()) as { token: string };
  const clientId = randomUUID();
  return {
    async mutate(name: string, args: unknown): Promise<{ status: string }> {
      const res = await fetch(`${hubUrl}/api/v1/mutations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ id: uuidv7(), name, args, clientId, createdAt: Date.now() }),
      });
      if (!res.ok) throw new Error(`hub mutation ${name} failed: HTTP ${res.status} ${await res.text()}`);
      return (await res.json()) as { status: string };
    },
  };
}
