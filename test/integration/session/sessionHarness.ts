import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { getTableName } from 'drizzle-orm';
import { z } from 'zod';
import { entityNames, historyBundleSchema, type EntityName } from '../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../src/desktop/createDesktopCore';
import { replicaTables } from '../../../src/desktop/db/rowStore';
import type { TokenStore } from '../../../src/desktop/session/TokenStore';
import { startHub, type RunningHub } from '../../../src/hub/startHub';
import { call } from '../../fixtures/desktop/coreCalls';
import { tempDir } from '../../fixtures/desktop/tempDir';
import { waitFor } from '../../fixtures/desktop/waitFor';

export const PRIYA = { email: 'priya@relay.example', password: 'demo-priya' };
export const TOM = { email: 'tom@relay.example', password: 'demo-tom' };
export const MAYA = { email: 'maya@relay.example', password: 'demo-maya' };

/** A desktop core on a replica file, with helpers the session tests share. */
export async function openCore(hub: RunningHub, dbPath: string, tokenStore?: TokenStore): Promise<DesktopCore> {
  return createDesktopCore({ dbPath, hubUrl: hub.url, ...(tokenStore ? { tokenStore } : {}), log: () => {} });
}

/** Waits until the core is online and caught up. */
export async function waitSynced(core: DesktopCore, what: string): Promise<void> {
  await waitFor(what, async () => {
    const s = await call(core, 'sync.status', {});
    return s.connection === 'online' && !s.syncing;
  }, 60_000);
}

/** An open ticket of the signed-in agent's team, to reply on. */
export async function someOpenTicket(core: DesktopCore): Promise<string> {
  const tickets = await call(core, 'tickets.list', { view: 'team', status: ['open'] });
  const first = tickets[0];
  if (!first) throw new Error('no open ticket in the team view');
  return first.id;
}

/** Row counts of every replicated entity table, read straight from the replica file. */
export function entityCounts(dbPath: string): Record<EntityName, number> {
  const db = new Database(dbPath, { readonly: true });
  try {
    return Object.fromEntries(
      entityNames.map((e) => [e, (db.prepare(`SELECT count(*) AS n FROM "${getTableName(replicaTables[e])}"`).get() as { n: number }).n]),
    ) as Record<EntityName, number>;
  } finally {
    db.close();
  }
}

/** Rows of a local-state table, straight from the replica file. */
export function localRows(dbPath: string, table: 'outbox' | 'parked_changes' | 'stash' | 'failed_mutations' | 'recent_opens' | 'sync_state'): Record<string, unknown>[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

/** The hub's own thread of a ticket (bodies), read through the history route as an admin. */
export async function hubBodies(hub: RunningHub, ticketId: string): Promise<string[]> {
  const login = await fetch(`${hub.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(MAYA),
  });
  const { token } = z.object({ token: z.string() }).parse(await login.json());
  const res = await fetch(`${hub.url}/api/v1/history/tickets/${ticketId}`, { headers: { authorization: `Bearer ${token}` } });
  const bundle = historyBundleSchema.parse(await res.json());
  return (bundle.rows.messages ?? []).map((m) => String(m['body']));
}

/** Per test file: a demo hub (PGlite in memory), a temp folder, and the cores a test opened, closed after it. */
export function useSessionHub(prefix: string): { hub(): RunningHub; file(name: string): string; track(...cores: DesktopCore[]): void } {
  const dir = tempDir(prefix);
  let hub: RunningHub | null = null;
  const cores: DesktopCore[] = [];
  beforeAll(async () => {
    hub = await startHub({ dataDir: ':memory:', seed: 'demo', port: 0 });
  }, 180_000);
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
  });
  afterAll(async () => {
    await hub?.close();
    dir.remove();
  });
  return {
    hub: () => {
      if (!hub) throw new Error('the hub is not started yet');
      return hub;
    },
    file: (name) => dir.file(name),
    track: (...opened) => cores.push(...opened),
  };
}
