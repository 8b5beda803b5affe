import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageRowDefaults, uuidv7, type MacroRow, type RoutingDraftRule, type TeamRow } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { listExceptionMacros } from '../../../../src/desktop/queries/exceptions/listExceptionMacros';
import { listMacros } from '../../../../src/desktop/queries/knowledge/listMacros';
import { dryRunRouting } from '../../../../src/desktop/queries/settings/dryRunRouting';
import { listSettingsMacros } from '../../../../src/desktop/queries/settings/listSettingsMacros';
import { previewMacro } from '../../../../src/desktop/queries/settings/previewMacro';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('Settings → Macros and Routing rules on the replica', () => {
  const dir = tempDir();
  let store: LocalStore;
  let fx: ReturnType<typeof replicaFixtures>;
  const otherAgentId = uuidv7();
  const macro = (title: string, extra: Partial<MacroRow> = {}): MacroRow => ({ id: uuidv7(), title, body: 'x', channel: null, ownerAgentId: null, archived: false, ...extra });

  beforeEach(() => {
    fx = replicaFixtures();
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    store.rows.put('teams', fx.team);
    store.rows.put('agents', fx.agent);
    store.rows.put('customers', { ...fx.customer, segment: 'enterprise retail' });
    store.rows.put('tickets', fx.ticket);
  });
  afterEach(() => store.close());
  afterAll(() => dir.remove());

  it("pickers offer shared and the agent's own macros, never archived ones or another agent's; Settings also lists the archived", () => {
    store.rows.put('macros', macro('A shared'));
    store.rows.put('macros', macro('B mine', { ownerAgentId: fx.agent.id }));
    store.rows.put('macros', macro('C theirs', { ownerAgentId: otherAgentId }));
    store.rows.put('macros', macro('D archived', { archived: true }));
    expect(listMacros(store.db, fx.ticket.id, fx.agent.id).map((m) => m.title)).toEqual(['A shared', 'B mine']);
    expect(listExceptionMacros(store.db, otherAgentId).map((m) => m.title)).toEqual(['A shared', 'C theirs']);
    const settings = listSettingsMacros(store.db, fx.agent.id);
    expect(settings.macros.map((m) => m.title)).toEqual(['A shared', 'B mine', 'D archived']);
    expect(settings.samples.map((s) => s.id)).toEqual([fx.ticket.id]);
  });

  it('previews a draft on a replica ticket, else on the built-in sample, flagging unknown placeholders', () => {
    const body = 'Hi {{customer.name}}, ticket {{ticket.number}} {{customer.nmae}} — {{agent.name}}';
    expect(previewMacro(store.db, body, fx.ticket.id, fx.agent.id, fx.now)).toEqual({
      text: `Hi ${fx.customer.name}, ticket #${fx.ticket.number} {{customer.nmae}} — Ana Agent`,
      unknown: ['customer.nmae'],
      missing: [],
      sample: 'ticket',
    });
    expect(previewMacro(store.db, 'ETA {{shipment.eta}} for {{order.number}}', null, null, Date.UTC(2026, 10, 23, 9))).toMatchObject({ text: 'ETA 25 November 2026 for SO-10482', sample: 'built_in' });
  });

  it("dry-runs draft rules over recent tickets with core's chooseTeam: the edited rule's matches and the team the list chooses", () => {
    const customs: TeamRow = { id: uuidv7(), name: 'Customs', createdAt: fx.now };
    const german = { ...fx.ticket, id: uuidv7(), number: 1002, subject: 'Zoll Frage', channel: 'email' as const, createdAt: fx.now + 1 };
    store.rows.put('tickets', german);
    store.rows.put('messages', { ...messageRowDefaults(), id: uuidv7(), ticketId: german.id, direction: 'inbound', channel: 'email', authorId: null, subject: null, body: 'Die Sendung ist beim Zoll und wir haben keine Papiere.', externalId: null, deliveryStatus: 'received', createdAt: fx.now + 1 });
    const rule = (name: string, position: number, conditions: RoutingDraftRule['config']['conditions'], enabled = true): RoutingDraftRule => ({ id: uuidv7(), name, enabled, config: { position, conditions, teamId: customs.id, autoAssign: false } });
    const retail = rule('Enterprise', 1, { segments: ['Enterprise Retail'] });
    const zoll = { ...rule('Zoll', 0, { keywords: ['zoll'], languages: ['de'] }), config: { position: 0, conditions: { keywords: ['zoll'], languages: ['de'] }, teamId: fx.team.id, autoAssign: false } };
    const off = rule('Off', 2, { channels: ['email'] }, false);
    const out = dryRunRouting(store.db, [retail, zoll, off], zoll.id, 200);
    expect(out.matchedCount).toBe(1);
    expect(out.rows.map((r) => [r.ticketId, r.matched, r.chosenRuleId, r.chosenTeamId])).toEqual([
      [german.id, true, zoll.id, fx.team.id],
      [fx.ticket.id, false, retail.id, customs.id],
    ]);
    // A disabled rule still shows what it would match, but the list does not choose it.
    expect(dryRunRouting(store.db, [off], off.id, 200).rows.map((r) => [r.matched, r.chosenRuleId])).toEqual([[true, null], [true, null]]);
  });
});
