import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type AutomationRow, type MacroRow, type MutationResult } from '../../../../src/core';
import { startRolesKit, type RoleSession, type RolesKit } from './rolesKit';

describe('macro.save and routingRule.save pushed to the hub: who may write what; audited', () => {
  let kit: RolesKit;
  let maya: RoleSession; // admin
  let daniel: RoleSession; // lead, freight
  let priya: RoleSession; // agent, parcel
  let teams: { parcel: string; freight: string };

  beforeAll(async () => {
    kit = await startRolesKit('pglite', { rules: { connectors: {}, sweepIntervalMs: 0 } });
    [maya, daniel, priya] = await Promise.all([kit.session('maya@relay.example'), kit.session('daniel@relay.example'), kit.session('priya@relay.example')]);
    teams = await kit.teamIds();
  }, 120_000);
  afterAll(async () => kit?.close());

  const mutate = async (s: RoleSession, name: string, args: unknown): Promise<MutationResult> =>
    (await kit.http('POST', '/api/v1/mutations', s.token, { id: uuidv7(), name, args, clientId: s.clientId, createdAt: Date.now() })).body as MutationResult;
  const macroOnHub = async (id: string) => ((await kit.http('GET', '/api/v1/admin/macros', maya.token)).body as { macros: MacroRow[] }).macros.find((m) => m.id === id);
  const automationOnHub = async (id: string) => ((await kit.http('GET', '/api/v1/admin/automations', maya.token)).body as { automations: AutomationRow[] }).automations.find((a) => a.id === id);
  const auditActions = async (entityId: string) =>
    ((await kit.http('GET', '/api/v1/admin/audit-log?limit=500', maya.token)).body as { entries: { entityId: string; action: string; actorId: string | null }[] }).entries.filter((e) => e.entityId === entityId);

  it("an agent keeps personal macros but cannot push a shared one; a lead shares but cannot touch the agent's own", async () => {
    const shared = { id: uuidv7(), title: 'Customs paperwork', body: 'Hi {{customer.name}}', channel: null, shared: true };
    expect(await mutate(priya, 'macro.save', shared)).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await macroOnHub(shared.id)).toBeUndefined();

    const personal = { id: uuidv7(), title: 'My sign-off', body: 'Cheers, {{agent.name}}', channel: 'chat', shared: false };
    expect(await mutate(priya, 'macro.save', personal)).toMatchObject({ status: 'applied' });
    expect(await macroOnHub(personal.id)).toMatchObject({ ownerAgentId: priya.agent.id, archived: false });
    expect(await auditActions(personal.id)).toEqual([expect.objectContaining({ action: 'macro.save', actorId: priya.agent.id })]);

    for (const who of [daniel, maya]) {
      expect(await mutate(who, 'macro.save', { ...personal, archived: true })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    }
    expect(await mutate(priya, 'macro.save', { ...personal, shared: true })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });

    expect(await mutate(daniel, 'macro.save', shared)).toMatchObject({ status: 'applied' });
    expect(await mutate(priya, 'macro.save', { ...shared, title: 'Hijacked' })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await mutate(maya, 'macro.save', { ...shared, archived: true })).toMatchObject({ status: 'applied' });
    expect(await macroOnHub(shared.id)).toMatchObject({ title: 'Customs paperwork', ownerAgentId: null, archived: true });
  });

  it('a lead edits, reorders and removes routing rules and sets the cap; an agent cannot; other automations are out of reach', async () => {
    const id = uuidv7();
    const rule = { kind: 'rule', id, name: 'German customs', enabled: true, config: { position: 99, teamId: teams.freight, conditions: { keywords: ['zoll'] }, autoAssign: true } };
    expect(await mutate(priya, 'routingRule.save', rule)).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await mutate(daniel, 'routingRule.save', { ...rule, config: { ...rule.config, conditions: { languages: ['german'] } } })).toMatchObject({ status: 'rejected' });
    expect(await mutate(daniel, 'routingRule.save', rule)).toMatchObject({ status: 'applied' });
    expect(await automationOnHub(id)).toMatchObject({ trigger: 'ticket.routing', config: { teamId: teams.freight, autoAssign: true } });
    expect(await mutate(maya, 'routingRule.save', { kind: 'order', ids: [id] })).toMatchObject({ status: 'applied' });
    expect((await automationOnHub(id))?.config.position).toBe(99);
    expect((await auditActions(id)).map((e) => e.action)).toEqual(expect.arrayContaining(['routingRule.save']));

    const notice = ((await kit.http('GET', '/api/v1/admin/automations', maya.token)).body as { automations: AutomationRow[] }).automations.find((a) => a.trigger !== 'ticket.routing' && a.trigger !== 'routing.open_ticket_cap');
    expect(notice, 'the seed has a notification automation').toBeDefined();
    expect(await mutate(daniel, 'routingRule.save', { kind: 'remove', id: notice!.id })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });

    const capId = uuidv7();
    expect(await mutate(priya, 'routingRule.save', { kind: 'cap', id: capId, cap: 5 })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await mutate(daniel, 'routingRule.save', { kind: 'cap', id: capId, cap: 5 })).toMatchObject({ status: 'applied' });
    expect(await automationOnHub(capId)).toMatchObject({ trigger: 'routing.open_ticket_cap', config: { cap: 5 } });

    expect(await mutate(priya, 'routingRule.save', { kind: 'remove', id })).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await mutate(daniel, 'routingRule.save', { kind: 'remove', id })).toMatchObject({ status: 'applied' });
    expect(await automationOnHub(id)).toBeUndefined();
  });
});
