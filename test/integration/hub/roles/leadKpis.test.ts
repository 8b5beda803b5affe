import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamScope, type TicketRow } from '../../../../src/core';
import { startRolesKit, type RolesKit } from './rolesKit';

interface Kpis {
  ticketsByStatus: Record<string, number>;
  openUnassigned: number;
  openByAssignee: Record<string, number>;
}

describe('team queues and KPIs', () => {
  let kit: RolesKit;
  beforeAll(async () => {
    kit = await startRolesKit();
  });
  afterAll(async () => kit?.close());

  it("gives a lead their own team's queues, matching the team's tickets, and nothing of other teams", async () => {
    const daniel = await kit.session('daniel@relay.example'); // lead, freight
    const teams = await kit.teamIds();
    const freight = (await kit.snapshotAll(daniel, teamScope(teams.freight), 'tickets')) as TicketRow[];
    const open = freight.filter((t) => ['new', 'open', 'pending', 'on_hold'].includes(t.status));
    const target = open.find((t) => t.assigneeId === null) ?? open[0];
    if (!target) throw new Error('demo data needs an open freight ticket');
    await kit.hub.mutate('daniel@relay.example', 'ticket.update', { id: target.id, assigneeId: daniel.agent.id });

    const res = await kit.http('GET', `/api/v1/teams/${teams.freight}/kpis`, daniel.token);
    expect(res.status).toBe(200);
    const kpis = res.body as Kpis;
    const total = Object.values(kpis.ticketsByStatus).reduce((a, b) => a + b, 0);
    expect(total).toBe(freight.length);
    const openNow = open.map((t) => (t.id === target.id ? { ...t, assigneeId: daniel.agent.id } : t));
    expect(kpis.openUnassigned).toBe(openNow.filter((t) => t.assigneeId === null).length);
    expect(kpis.openByAssignee[daniel.agent.id]).toBe(openNow.filter((t) => t.assigneeId === daniel.agent.id).length);

    const other = await kit.http('GET', `/api/v1/teams/${teams.parcel}/kpis`, daniel.token);
    expect(other.status).toBe(404);
    const tom = await kit.session('tom@relay.example'); // agent, freight
    const asAgent = await kit.http('GET', `/api/v1/teams/${teams.freight}/kpis`, tom.token);
    expect(asAgent.status).toBe(403);
    expect(JSON.stringify(asAgent.body)).toContain('lead role');
    const maya = await kit.session('maya@relay.example');
    expect((await kit.http('GET', `/api/v1/teams/${teams.parcel}/kpis`, maya.token)).status).toBe(200);
  });
});
