import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import type { RowChange } from '../../../../src/core';
import { TokenSigner } from '../../../../src/hub/auth/TokenSigner';
import type { HubContext } from '../../../../src/hub/HubContext';
import { registerRoutes } from '../../../../src/hub/http/registerRoutes';
import { HubJobs } from '../../../../src/hub/jobs/HubJobs';
import { seedDemo } from '../../../../src/hub/seed/seedDemo';
import { openStore } from '../../../../src/hub/store/openStore';
import { attachSyncGateway } from '../../../../src/hub/sync/attachSyncGateway';
import { broadcastChanges } from '../../../../src/hub/sync/broadcastChanges';
import type { HubIo } from '../../../../src/hub/sync/HubSocket';
import { commitChanges } from '../../../../src/hub/write/commitChanges';
import { WriteLane } from '../../../../src/hub/write/WriteLane';

/** A minimal hub (PGlite in memory, demo seed, login + sync) that also exposes its write path to the test. */
export interface ModelHub {
  url: string;
  ctx: HubContext;
  /** Writes row changes through the hub's one write path (tables + change log + live batches). */
  write(changes: RowChange[]): Promise<void>;
  close(): Promise<void>;
}

export async function startModelHub(): Promise<ModelHub> {
  const store = await openStore({ kind: 'pglite', dataDir: ':memory:' });
  const app = Fastify({ logger: { level: 'error' } });
  // The lane is built before io exists; it only emits after seeding, by which time io is set.
  const ref: { io?: HubIo } = {};
  const lane = new WriteLane(store.db, (batches) => {
    if (ref.io) broadcastChanges(ref.io, batches);
  });
  const ctx: HubContext = { db: store.db, lane, tokens: new TokenSigner('model-test-secret-0123456789abcdef'), now: () => Date.now(), log: app.log };
  const jobs = await HubJobs.start(store.jobs, app.log);
  registerRoutes(app, ctx, jobs);
  const io = attachSyncGateway(app.server, ctx);
  ref.io = io;
  await seedDemo(ctx);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    ctx,
    write: (changes) =>
      lane.transact(async (tx) => {
        const { batches } = await commitChanges(tx, { changes, now: ctx.now() });
        return { value: undefined, batches };
      }),
    async close() {
      await io.close();
      await app.close();
      await jobs.stop();
      await lane.drain();
      await store.close();
    },
  };
}
