import { z } from 'zod';
import {
  changeRowSchema,
  entityRowSchemas,
  helloResponseSchema,
  mutationResultSchema,
  pullResponseSchema,
  snapshotResponseSchema,
  SYNC_PROTOCOL_VERSION,
  uuidv7,
  type AnyRow,
  type ChangeRow,
  type MutationResult,
  type Scope,
} from '../../../src/core';
import { connectSocket, type HubClientSocket } from '../../fixtures/hub/connectSocket';
import { socketRequestOk } from '../../fixtures/hub/socketRequest';

/** The entities this test compares, by the scope that replicates them (snapshot order). */
export const comparedEntities = {
  tenant: ['teams', 'agents', 'customers', 'orders', 'shipments', 'tracking_events'],
  team: ['tickets', 'messages', 'exceptions'],
} as const;
export type ComparedEntity = (typeof comparedEntities)[keyof typeof comparedEntities][number];

export interface HubScopeState {
  /** The scope's change-log head when its first page was read. */
  seq: number;
  rows: Map<ComparedEntity, AnyRow[]>;
}

/** What the test asks the hub directly, over its own socket (never through a desktop core). */
export interface HubProbe {
  socket: HubClientSocket;
  scopes: Scope[];
  close(): void;
}

/** Connects with a token and says hello, as `clientId` (a core's, to replay its mutations). */
export async function openProbe(hubUrl: string, token: string, clientId: string = uuidv7()): Promise<HubProbe> {
  const socket = await connectSocket(hubUrl, { token });
  const hello = helloResponseSchema.parse(
    await socketRequestOk(socket, 'hello', { protocol: SYNC_PROTOCOL_VERSION, clientId, cursors: {} }),
  );
  return { socket, scopes: hello.scopes, close: () => socket.close() };
}

/** Every compared row of a scope the hub snapshots now (its replication window), with the scope's head seq. */
export async function readScope(probe: HubProbe, scope: Scope): Promise<HubScopeState> {
  const entities = scope === 'tenant' ? comparedEntities.tenant : comparedEntities.team;
  const rows = new Map<ComparedEntity, AnyRow[]>();
  let seq: number | null = null;
  for (const entity of entities) {
    const all: AnyRow[] = [];
    let afterId: string | null = null;
    for (;;) {
      const page = snapshotResponseSchema.parse(
        await socketRequestOk(probe.socket, 'snapshot', { scope, entity, afterId, limit: 5000 }),
      );
      seq ??= page.seq;
      for (const raw of page.rows) all.push(entityRowSchemas[entity].parse(raw));
      const last = page.rows.at(-1)?.id;
      if (!page.hasMore || typeof last !== 'string') break;
      afterId = last;
    }
    rows.set(entity, all);
  }
  return { seq: seq ?? 0, rows };
}

/** The scope's head seq (a one-row snapshot page reports it). */
export async function scopeHead(probe: HubProbe, scope: Scope): Promise<number> {
  const entity = scope === 'tenant' ? 'teams' : 'tickets';
  const page = snapshotResponseSchema.parse(await socketRequestOk(probe.socket, 'snapshot', { scope, entity, afterId: null, limit: 1 }));
  return page.seq;
}

/** Every change-log row of a scope after `after`. */
export async function changesAfter(probe: HubProbe, scope: Scope, after: number): Promise<ChangeRow[]> {
  const rows: ChangeRow[] = [];
  let cursor = after;
  for (;;) {
    const page = pullResponseSchema.parse(await socketRequestOk(probe.socket, 'pull', { cursors: { [scope]: cursor }, limit: 5000 }));
    rows.push(...page.rows.map((r) => changeRowSchema.parse(r)));
    const last = page.rows.at(-1)?.seq;
    if (!page.hasMore || last === undefined) return rows;
    cursor = last;
  }
}

/**
 * Pushes mutations again under the probe's clientId. The hub answers a key it has recorded
 * with the stored result and writes nothing; an unrecorded key would be applied now.
 */
export async function replay(
  probe: HubProbe,
  clientId: string,
  mutations: { id: string; name: string; args: unknown }[],
): Promise<MutationResult[]> {
  const results: MutationResult[] = [];
  for (let i = 0; i < mutations.length; i += 500) {
    const chunk = mutations.slice(i, i + 500).map((m) => ({ ...m, clientId, createdAt: Date.now() }));
    const reply = z
      .object({ results: z.array(mutationResultSchema) })
      .parse(await socketRequestOk(probe.socket, 'push', { mutations: chunk }));
    results.push(...reply.results);
  }
  return results;
}
