import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7, type Actor } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { failedMutations, parkedChanges } from '../../../../src/desktop/db/schema';
import { parkedOutbox } from '../../../../src/desktop/outbox/parkedOutbox';
import { listFailedChanges } from '../../../../src/desktop/queries/status/listFailedChanges';
import { handOverReplica } from '../../../../src/desktop/session/handOverReplica';
import { tempDir } from '../../../fixtures/desktop/tempDir';

/** The replica changing hands between agents: whose changes and refusals go where. */
describe('handOverReplica', () => {
  const dir = tempDir();
  let store: LocalStore;
  const hubRef = 'https://hub.example';
  const ana = { agentId: uuidv7(), name: 'Ana Agent', hubRef };
  const ben = { agentId: uuidv7(), name: 'Ben Other', hubRef };
  const actorOf = (agentId: string): Actor => ({ agentId, role: 'agent', teamId: uuidv7() });
  const quiet = (): void => {};

  beforeEach(() => {
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
  });
  afterEach(() => store.close());

  /** Queues a change the replica cannot apply (no such ticket): only its place in the outbox matters here. */
  function queue(body: string): string {
    const id = uuidv7();
    store.outbox.add({ id, name: 'message.send', args: { id: uuidv7(), ticketId: uuidv7(), kind: 'reply', body }, clientId: 'c', createdAt: Date.now() });
    return id;
  }

  it('parks the previous agent’s changes and refusals out of the next agent’s sight, and gives them back in order', () => {
    const first = queue('first');
    const second = queue('second');
    store.db.insert(failedMutations).values({ id: uuidv7(), name: 'message.send', args: '{"body":"refused words"}', code: 'closed', message: 'Ticket is closed.', failedAt: 1 }).run();

    const toBen = handOverReplica(store, ana, { agentId: ben.agentId, hubRef, actor: actorOf(ben.agentId) }, 5, quiet);
    expect(toBen.notice).toBe('2 changes of Ana Agent not sent yet were kept for them; they go out when Ana Agent signs in again on this computer.');
    expect(store.outbox.all()).toEqual([]);
    expect(listFailedChanges(store.db)).toEqual([]);
    expect(store.outbox.counts()).toEqual({ unsent: 0, refused: 0 });

    const bens = queue('ben writes');
    const toAna = handOverReplica(store, ben, { agentId: ana.agentId, hubRef, actor: actorOf(ana.agentId) }, 6, quiet);
    expect(toAna.notice).toContain('1 change of Ben Other not sent yet was kept for them');
    expect(toAna.notice).toContain('2 changes you left unsent on this computer are being sent now.');
    expect(store.outbox.all().map((e) => e.mutationId)).toEqual([first, second]);
    expect(store.outbox.counts()).toEqual({ unsent: 2, refused: 1 });
    expect(listFailedChanges(store.db).map((f) => f.message)).toEqual(['Ticket is closed.']);
    expect(store.db.select().from(parkedChanges).all()).toEqual([expect.objectContaining({ mutationId: bens, ownerAgentId: ben.agentId, ownerHub: hubRef })]);
  });

  it('does not hand an agent’s parked changes to the same agent on another hub', () => {
    queue('for hub one');
    handOverReplica(store, ana, { agentId: ben.agentId, hubRef, actor: actorOf(ben.agentId) }, 5, quiet);
    const elsewhere = handOverReplica(store, ben, { agentId: ana.agentId, hubRef: 'https://other.example', actor: actorOf(ana.agentId) }, 6, quiet);
    expect(elsewhere.notice).toBeNull();
    expect(store.outbox.all()).toEqual([]);
    expect(parkedOutbox.count(store)).toBe(1);
  });

  it('puts parked changes back ahead of what is already queued (they are older)', () => {
    const older = queue('older');
    parkedOutbox.park(store, ana, null, 5, quiet);
    const newer = queue('newer');
    parkedOutbox.unpark(store, ana, actorOf(ana.agentId), quiet);
    expect(store.outbox.all().map((e) => e.mutationId)).toEqual([older, newer]);
  });
});
