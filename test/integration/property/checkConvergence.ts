import { expect } from 'vitest';
import { teamIdOfScope, type AnyRow, type MutationResult, type Scope } from '../../../src/core';
import { call } from '../../fixtures/desktop/coreCalls';
import { changesAfter, readScope, replay, scopeHead, type HubScopeState } from './hubProbe';
import { hubVersionOf } from './hubVersionOf';
import { pollUntil } from './pollUntil';
import { replicaFacts, replicaRows } from './readReplicaFile';
import type { ScheduleRun } from './runSchedule';
import type { CoreSlot, SyncWorld } from './SyncWorld';

const byId = (a: AnyRow, b: AnyRow): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Everything reconnects and every core drains its outbox (acked entries settled too). */
export async function converge(world: SyncWorld): Promise<void> {
  const t0 = Date.now();
  await world.startHub();
  if (process.env.RELAY_PROPERTY_DEBUG) console.log(`startHub ${Date.now() - t0}`);
  for (const slot of world.slots) await world.restore(slot);
  for (const slot of world.slots) await call(slot.core, 'sync.reconnectNow', {});
  for (const slot of world.slots) {
    await pollUntil(`core ${slot.index} to reconnect and drain its outbox`, async () => {
      const s = await call(slot.core, 'sync.status', {});
      if (s.connection !== 'online' || s.syncing || s.unsent !== 0) return false;
      const facts = replicaFacts(slot.path);
      return facts.outbox === 0 && facts.stash === 0;
    }, 30_000);
    if (process.env.RELAY_PROPERTY_DEBUG) console.log(`core ${slot.index} drained at ${Date.now() - t0}`);
  }
}

/**
 * Each replica equals the hub, entity by entity, for the scopes its agent holds: the hub's
 * replication window exactly, and any row beyond it equal to the hub's version. With `only`,
 * for that one team scope (where the schedules write) instead of all of them.
 */
export async function expectReplicasEqualHub(world: SyncWorld, only?: Scope): Promise<void> {
  // The admin sees every scope: read the hub once, then give each core the scopes its agent holds.
  const admin = await world.probe('maya@relay.example');
  const adminToken = world.tokens.get('maya@relay.example')?.token ?? '';
  const byScope = new Map<Scope, HubScopeState>();
  for (const scope of admin.scopes) {
    if (only === undefined || scope === only) byScope.set(scope, await readScope(admin, scope));
  }
  for (const slot of world.slots) {
    const { scopes } = await world.probe(slot.agent.email);
    const compared = scopes.filter((s) => byScope.has(s));
    // Nothing writes any more: the replica must reach each head the hub reported, then match it.
    await pollUntil(`core ${slot.index} cursors to reach the hub heads`, () => {
      const { cursors } = replicaFacts(slot.path);
      return compared.every((s) => (cursors[s] ?? -1) >= byScope.get(s)!.seq);
    });
    const { cursors } = replicaFacts(slot.path);
    expect(Object.keys(cursors).sort(), `core ${slot.index} holds exactly its agent's scopes`).toEqual([...scopes].sort());
    const local = replicaRows(slot.path, only === undefined ? undefined : (teamIdOfScope(only) ?? undefined));
    for (const [entity, rows] of local) {
      const hubRows: AnyRow[] = [];
      for (const scope of compared) hubRows.push(...(byScope.get(scope)!.rows.get(entity) ?? []));
      const inWindow = new Set(hubRows.map((r) => r.id));
      // The replica holds the hub's window, plus rows outside it (fetched, or arrived live) that must equal the hub's too.
      const mine = rows.filter((r) => inWindow.has(r.id)).sort(byId);
      hubRows.sort(byId);
      // Both sides went through the same row schema, so equal rows serialise alike; diff only on a mismatch.
      if (JSON.stringify(mine) !== JSON.stringify(hubRows)) expect(mine, `core ${slot.index} ${entity} equal the hub's`).toEqual(hubRows);
      for (const extra of rows.filter((r) => !inWindow.has(r.id))) {
        const hubVersion = await hubVersionOf(world.hub.url, adminToken, entity, extra);
        expect(extra, `core ${slot.index} ${entity} ${extra.id} outside the window equals the hub's`).toEqual(hubVersion);
      }
    }
  }
}

/**
 * No accepted mutation lost, none applied twice: replaying each under its core's clientId gets
 * the hub's stored answer (applied, or rejected and then listed in that core's failures) and
 * writes nothing new; the change log holds exactly one write per applied mutation and row.
 */
export async function expectEachMutationOnce(world: SyncWorld, run: ScheduleRun, scope: Scope, headBefore: number): Promise<{ applied: number; refused: number }> {
  const applied = new Set<string>();
  const admin = await world.probe('maya@relay.example');
  {
    const headAtEnd = await scopeHead(admin, scope);
    for (const slot of world.slots) {
      const mine = run.accepted.filter((a) => a.slot === slot);
      if (mine.length === 0) continue;
      const failures = new Map((await call(slot.core, 'sync.failures', {})).map((f) => [f.id, f.code]));
      const results = await replayAs(world, slot, mine);
      for (const [i, result] of results.entries()) {
        const sent = mine[i]!;
        expect(result.id).toBe(sent.mutationId);
        if (result.status === 'applied') {
          expect(failures.has(sent.mutationId), `${sent.name} ${sent.mutationId} applied yet listed as refused`).toBe(false);
          applied.add(sent.mutationId);
        } else {
          expect(failures.get(sent.mutationId), `${sent.name} ${sent.mutationId} refused (${result.error.code}) but not in core ${slot.index}'s failures`).toBe(result.error.code);
        }
      }
    }
    expect(await scopeHead(admin, scope), 'replaying recorded mutations must write nothing').toBe(headAtEnd);
    const log = await changesAfter(admin, scope, headBefore);
    const ours = new Set(run.ticketIds);
    for (const ticketId of run.ticketIds) {
      const appliedHere = run.accepted.filter((a) => a.ticketId === ticketId && applied.has(a.mutationId));
      const ticketWrites = log.filter((c) => c.entity === 'tickets' && c.id === ticketId).length;
      // One write by ticket.create, then one per applied reply/note/update on it.
      expect(ticketWrites, `writes of ticket ${ticketId}`).toBe(1 + appliedHere.length);
    }
    const messageWrites = log.filter((c) => c.entity === 'messages' && ours.has(String(c.row?.ticketId))).map((c) => c.id);
    const expectedMessages = [
      ...run.firstMessageIds,
      ...run.accepted.filter((a) => a.messageId !== null && applied.has(a.mutationId)).map((a) => a.messageId!),
    ];
    expect([...messageWrites].sort(), 'each applied message written exactly once').toEqual(expectedMessages.sort());
  }
  return { applied: applied.size, refused: run.accepted.length - applied.size };
}

async function replayAs(world: SyncWorld, slot: CoreSlot, mine: ScheduleRun['accepted']): Promise<MutationResult[]> {
  const clientId = replicaFacts(slot.path).clientId;
  if (!clientId) throw new Error(`core ${slot.index} has no clientId`);
  const probe = await world.probe(slot.agent.email, clientId);
  return replay(probe, clientId, mine.map((a) => ({ id: a.mutationId, name: a.name, args: a.args })));
}

