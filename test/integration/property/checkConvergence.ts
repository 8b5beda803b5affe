import { expect } from 'vitest';
import { teamIdOfScope, type AnyRow, type MutationResult, type Scope } from '../../../src/core';
import { call } from '../../fixtures/desktop/coreCalls';
import { changesAfter, readScope, replay, scopeHead, type HubScopeState } from './hubProbe';
import { hubVersionOf } from './hubVersionOf';
import { pollUntil } from './pollUntil';
import { replicaFacts, replicaRows } from './readReplicaFile';
import type { ScheduleRun } from './runSchedule';
import { MAYA, PRIYA, TOM, type CoreSlot, type SyncWorld } from './SyncWorld';

const byId = (a: AnyRow, b: AnyRow): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Refusals each agent sees on each desktop after convergence: slot → email → mutation id → code. */
export type SeenFailures = Map<CoreSlot, Map<string, Map<string, string>>>;

const logins = [PRIYA, MAYA, TOM];

/**
 * Everything reconnects and every core drains its outbox (acked entries settled too). A
 * desktop where another account made changes signs in as each such account in turn (their
 * parked changes go out then) and ends signed in as its own; each account's refusals are noted.
 */
export async function converge(world: SyncWorld, run?: ScheduleRun): Promise<SeenFailures> {
  const t0 = Date.now();
  await world.startHub();
  if (process.env.RELAY_PROPERTY_DEBUG) console.log(`startHub ${Date.now() - t0}`);
  for (const slot of world.slots) await world.restore(slot);
  for (const slot of world.slots) await call(slot.core, 'sync.reconnectNow', {});
  const seen: SeenFailures = new Map();
  for (const slot of world.slots) {
    const writers = new Set((run?.accepted ?? []).filter((a) => a.slot === slot).map((a) => a.email));
    writers.delete(slot.home.email);
    if (slot.login.email !== slot.home.email) writers.delete(slot.login.email);
    // The account signed in now first (nothing to switch), then the others, then back home.
    const visits = [...(slot.login.email !== slot.home.email ? [slot.login.email] : []), ...writers, slot.home.email];
    const mine = new Map<string, Map<string, string>>();
    for (const email of visits) {
      const login = logins.find((l) => l.email === email);
      if (!login) throw new Error(`no login for ${email}`);
      if (!(await world.switchAccount(slot, login))) throw new Error(`core ${slot.index} could not sign in as ${email} to converge`);
      await pollUntil(`core ${slot.index} (${email}) to reconnect and drain its outbox`, async () => {
        const s = await call(slot.core, 'sync.status', {});
        if (s.connection !== 'online' || s.syncing || s.unsent !== 0) return false;
        const facts = replicaFacts(slot.path);
        return facts.outbox === 0 && facts.stash === 0;
      }, 30_000);
      mine.set(email, new Map((await call(slot.core, 'sync.failures', {})).map((f) => [f.id, f.code])));
    }
    seen.set(slot, mine);
    if (process.env.RELAY_PROPERTY_DEBUG) console.log(`core ${slot.index} drained at ${Date.now() - t0}`);
  }
  return seen;
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
 * No accepted mutation lost, none applied twice, none applied under another agent: replaying
 * each under its core's clientId AS THE AGENT WHO MADE IT gets the hub's stored answer
 * (applied, or rejected and then listed in that agent's failures on that core) and writes
 * nothing new (a key recorded for another agent answers `conflict`, so a change applied under
 * the wrong agent shows up as neither applied nor refused); the change log holds exactly one
 * write per applied mutation and row.
 */
export async function expectEachMutationOnce(
  world: SyncWorld,
  run: ScheduleRun,
  scope: Scope,
  headBefore: number,
  seen: SeenFailures,
): Promise<{ applied: number; refused: number }> {
  const applied = new Set<string>();
  const admin = await world.probe('maya@relay.example');
  {
    const headAtEnd = await scopeHead(admin, scope);
    for (const slot of world.slots) {
      for (const email of new Set(run.accepted.filter((a) => a.slot === slot).map((a) => a.email))) {
        const mine = run.accepted.filter((a) => a.slot === slot && a.email === email);
        const failures = seen.get(slot)?.get(email) ?? new Map<string, string>();
        const results = await replayAs(world, slot, email, mine);
        for (const [i, result] of results.entries()) {
          const sent = mine[i]!;
          expect(result.id).toBe(sent.mutationId);
          if (result.status === 'applied') {
            expect(failures.has(sent.mutationId), `${sent.name} ${sent.mutationId} applied yet listed as refused`).toBe(false);
            applied.add(sent.mutationId);
          } else {
            expect(
              failures.get(sent.mutationId),
              `${sent.name} ${sent.mutationId} by ${email} ${result.error.code} (${result.error.message}) but not in ${email}'s failures on core ${slot.index}`,
            ).toBe(result.error.code);
          }
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

async function replayAs(world: SyncWorld, slot: CoreSlot, email: string, mine: ScheduleRun['accepted']): Promise<MutationResult[]> {
  const clientId = replicaFacts(slot.path).clientId;
  if (!clientId) throw new Error(`core ${slot.index} has no clientId`);
  const probe = await world.probe(email, clientId);
  return replay(probe, clientId, mine.map((a) => ({ id: a.mutationId, name: a.name, args: a.args })));
}
