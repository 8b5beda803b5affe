import Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyRow, EntityName } from '../../../../src/core';
import { createDesktopCore, type DesktopCore } from '../../../../src/desktop/createDesktopCore';
import { createRowStore, type RowStore } from '../../../../src/desktop/db/rowStore';
import { loadRow } from '../../../../src/hub/store/rowStore';
import { agents, slaPolicies, teams } from '../../../../src/hub/store/schema';
import { call } from '../../../fixtures/desktop/coreCalls';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { modelRows } from './modelRows';
import { startModelHub, type ModelHub } from './startModelHub';

/** Reads a desktop's replica file directly (read-only), as whole core rows. */
function replicaReader(path: string): { rows: RowStore; close(): void } {
  const sqlite = new Database(path, { readonly: true });
  return { rows: createRowStore(sqlite), close: () => sqlite.close() };
}

describe('the logistics model end to end: hub write path → change log → desktop replica', () => {
  const dir = tempDir('relay-model-');
  let hub: ModelHub;
  const cores: DesktopCore[] = [];
  let rows: ReturnType<typeof modelRows>;

  async function signedIn(name: string, email: string, password: string): Promise<string> {
    const path = dir.file(`${name}.sqlite`);
    const core = await createDesktopCore({ dbPath: path, hubUrl: hub.url, log: () => {} });
    cores.push(core);
    await call(core, 'session.signIn', { email, password });
    await waitFor(`${name}'s first sync`, async () => {
      const status = await call(core, 'sync.status', {});
      return status.connection === 'online' && !status.syncing;
    });
    return path;
  }

  async function holds(path: string, list: [EntityName, AnyRow][]): Promise<void> {
    const replica = replicaReader(path);
    try {
      await waitFor('the rows in the replica', () => list.every(([entity, row]) => replica.rows.get(entity, row.id) !== undefined));
      for (const [entity, row] of list) expect(replica.rows.get(entity, row.id), entity).toEqual(row);
    } finally {
      replica.close();
    }
  }

  let mayaPath = '';
  let tomPath = '';

  beforeAll(async () => {
    hub = await startModelHub();
    const teamRows = await hub.ctx.db.select().from(teams);
    const teamId = (name: string) => teamRows.find((t) => t.name === name)?.id ?? '';
    const [maya] = await hub.ctx.db.select({ id: agents.id }).from(agents).where(eq(agents.email, 'maya@relay.example'));
    const [policy] = await hub.ctx.db
      .select({ id: slaPolicies.id })
      .from(slaPolicies)
      .where(and(eq(slaPolicies.priority, 'urgent'), eq(slaPolicies.tier, 'platinum')));
    rows = modelRows({ parcel: teamId('Parcel Support'), freight: teamId('Freight Desk') }, maya?.id ?? '', Date.UTC(2026, 10, 23, 10), policy?.id ?? '');
    // Maya (admin, every team) and Tom (Freight Desk agent) are online before the writes: the live path.
    mayaPath = await signedIn('maya', 'maya@relay.example', 'demo-maya');
    tomPath = await signedIn('tom', 'tom@relay.example', 'demo-tom');
    await hub.write(rows.changes);
  }, 60_000);

  afterAll(async () => {
    for (const core of cores) await core.close();
    await hub?.close();
    dir.remove();
  });

  it('stores every entity on the hub exactly as written', async () => {
    await hub.ctx.db.transaction(async (tx) => {
      for (const [entity, row] of [...rows.tenant, ...rows.parcel, ...rows.freight]) {
        expect(await loadRow(tx, entity, row.id), entity).toEqual(row);
      }
    });
  });

  it('delivers every entity live, all fields intact, to a desktop that may see it', async () => {
    await holds(mayaPath, [...rows.tenant, ...rows.parcel, ...rows.freight]);
  });

  it('keeps team A out of team B: a Freight Desk agent gets the tenant rows and only freight exceptions', async () => {
    await holds(tomPath, [...rows.tenant, ...rows.freight]);
    const replica = replicaReader(tomPath);
    try {
      for (const [entity, row] of rows.parcel) expect(replica.rows.get(entity, row.id), entity).toBeUndefined();
    } finally {
      replica.close();
    }
  });

  it('snapshots the same rows to a desktop that signs in afterwards, without the other team\'s exceptions', async () => {
    const priyaPath = await signedIn('priya', 'priya@relay.example', 'demo-priya');
    await holds(priyaPath, [...rows.tenant, ...rows.parcel]);
    const replica = replicaReader(priyaPath);
    try {
      expect(replica.rows.get('exceptions', rows.freightException.id)).toBeUndefined();
    } finally {
      replica.close();
    }
  }, 60_000);
});
