import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7, type MutationResult } from '../../../../src/core';
import { waitFor } from '../../../fixtures/desktop/waitFor';
import { hubReader } from '../../../fixtures/ingest/hubReader';
import { testWebhookSecrets, TEST_WEBHOOK_SECRET } from '../../../fixtures/ingest/startIngestHub';
import { webhookClient } from '../../../fixtures/ingest/webhookClient';
import { startRolesKit, type RoleSession, type RolesKit } from '../roles/rolesKit';

interface AuditEntry {
  action: string;
  entityId: string;
  detail: Record<string, unknown>;
}

const email = (subject: string, body: string, from = 'kim.lee@harbor-goods.example'): Buffer =>
  Buffer.from(
    [`From: Kim Lee <${from}>`, 'To: support@relay.example', `Subject: ${subject}`, `Message-ID: <${uuidv7()}@harbor-goods.example>`, 'Date: Mon, 7 Dec 2026 09:00:00 +0000', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n'),
  );

describe('ticket rules on a real hub: ingest → tag, priority, route; solve → survey now; low answer → escalate', () => {
  let kit: RolesKit;
  let maya: RoleSession; // admin, parcel
  let daniel: RoleSession; // lead, freight
  let priya: RoleSession; // agent, parcel
  let teams: { parcel: string; freight: string };
  let reader: Awaited<ReturnType<typeof hubReader>>;
  const client = () => webhookClient(kit.hub.url, TEST_WEBHOOK_SECRET);

  beforeAll(async () => {
    kit = await startRolesKit('pglite', { rules: { connectors: {}, sweepIntervalMs: 0 }, webhookSecrets: testWebhookSecrets });
    [maya, daniel, priya] = await Promise.all([kit.session('maya@relay.example'), kit.session('daniel@relay.example'), kit.session('priya@relay.example')]);
    teams = await kit.teamIds();
    reader = await hubReader(kit.hub);
  }, 180_000);
  afterAll(async () => {
    reader?.close();
    await kit?.close();
  });

  const mutate = async (s: RoleSession, name: string, args: unknown): Promise<MutationResult> =>
    (await kit.http('POST', '/api/v1/mutations', s.token, { id: uuidv7(), name, args, clientId: s.clientId, createdAt: Date.now() })).body as MutationResult;
  const ticket = async (id: string) => (await reader.teamRows('tickets')).find((t) => t.id === id);
  const thread = async (id: string) => (await reader.teamRows('messages')).filter((m) => m.ticketId === id);
  const ruleRuns = async (ticketId: string): Promise<AuditEntry[]> =>
    ((await kit.http('GET', '/api/v1/admin/audit-log?action=ticket_rule&limit=500', maya.token)).body as { entries: AuditEntry[] }).entries.filter((e) => e.entityId === ticketId);
  const rule = (name: string, config: Record<string, unknown>) => ({ id: uuidv7(), row: { name, trigger: 'ticket.rule', enabled: true, config } });

  const customs = rule('Customs to freight', {
    position: 1,
    event: 'ticket.created',
    conditions: { all: [{ fact: 'body', op: 'contains', values: ['customs'] }] },
    actions: [{ type: 'add_tag', tag: 'customs' }, { type: 'set_priority', priority: 'high' }, { type: 'route', teamId: '' }],
  });
  let ticketId = '';

  it('an agent cannot save a ticket rule; a lead and an admin can', async () => {
    customs.row.config.actions = [{ type: 'add_tag', tag: 'customs' }, { type: 'set_priority', priority: 'high' }, { type: 'route', teamId: teams.freight }];
    expect(await mutate(priya, 'automation.save', customs)).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
    expect(await mutate(daniel, 'automation.save', customs)).toMatchObject({ status: 'applied' });
    const survey = rule('Survey on solve', { event: 'ticket.solved', actions: [{ type: 'send_survey' }] });
    expect(await mutate(maya, 'automation.save', survey)).toMatchObject({ status: 'applied' });
    const low = rule('Low score to lead', { event: 'csat.low_score', actions: [{ type: 'escalate', note: 'Call the customer today' }] });
    expect(await mutate(daniel, 'automation.save', low)).toMatchObject({ status: 'applied' });
    // A bad config is refused with the schema's words.
    expect(await mutate(daniel, 'automation.save', rule('Empty', { event: 'ticket.created', actions: [] }))).toMatchObject({ status: 'rejected', error: { message: expect.stringContaining('at least one action') } });
    // The admin route checks a ticket rule with the same schema.
    const bad = await kit.http('POST', '/api/v1/admin/automations', maya.token, { name: 'Bad', trigger: 'ticket.rule', enabled: true, config: { event: 'ticket.created', actions: [{ type: 'notify' }] } });
    expect(bad).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('Invalid ticket rule') } } });
    // Surveys are on with a day's delay: only the rule's send_survey sends one at the solve.
    const setting = await kit.http('POST', '/api/v1/admin/automations', maya.token, { name: 'Survey', trigger: 'csat.survey', enabled: true, config: { delayHours: 24, cooldownDays: 0 } });
    expect([201, 409]).toContain(setting.status);
  });

  it('an ingested email about customs is tagged, made high priority and moved to Freight in one rules write', async () => {
    const stored = await client().deliver('email', email('Pallet held', 'Our pallet is stuck in customs since Friday, please help.'), { contentType: 'message/rfc822' });
    ticketId = String((stored as unknown as { ticketId: string }).ticketId);
    const moved = await waitFor('the rule to move the ticket', async () => {
      const t = await ticket(ticketId);
      return t?.teamId === teams.freight ? t : undefined;
    }, 60_000);
    expect(moved).toMatchObject({ tags: ['customs'], priority: 'high', assigneeId: null });
    expect((await thread(ticketId)).map((m) => m.body)).toContain('Moved to Freight Desk: by automation “Customs to freight”');
    const runs = await ruleRuns(ticketId);
    expect(runs).toEqual([expect.objectContaining({ action: 'ticket_rule.ran', detail: expect.objectContaining({ event: 'ticket.created', rules: ['Customs to freight'] }) })]);
    const applied = (await kit.http('GET', '/api/v1/admin/audit-log?action=ticket.applyRules&limit=50', maya.token)).body as { entries: AuditEntry[] };
    expect(applied.entries.filter((e) => e.entityId === ticketId).map((e) => e.detail.actor)).toEqual(['system:rules']);
  });

  it('the rule’s own write and later edits do not run it again for the same event', async () => {
    expect(await mutate(daniel, 'ticket.setTags', { id: ticketId, add: ['pallet'] })).toMatchObject({ status: 'applied' });
    await kit.hub.rules?.idle();
    expect((await ruleRuns(ticketId)).filter((e) => e.detail.event === 'ticket.created')).toHaveLength(1);
    expect(await ticket(ticketId)).toMatchObject({ tags: ['customs', 'pallet'], priority: 'high' });
  });

  it('solving sends the survey at once (send_survey); a low answer escalates to urgent with a note mentioning the freight lead', async () => {
    expect(await mutate(daniel, 'ticket.update', { id: ticketId, status: 'solved' })).toMatchObject({ status: 'applied' });
    const survey = await waitFor('the survey message', async () => (await thread(ticketId)).find((m) => m.direction === 'outbound' && String(m.body).includes('/survey/')), 60_000);
    const link = [...String(survey.body).matchAll(/https?:\/\/\S+\/survey\/\S+/g)].map((m) => m[0]).find((l) => l.endsWith('score=1'))!;
    const res = await fetch(link.split('?')[0]!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'score=1&comment=Nobody+answered' });
    expect(res.status).toBe(200);
    const escalated = await waitFor('the escalation', async () => {
      const t = await ticket(ticketId);
      return t?.priority === 'urgent' ? t : undefined;
    }, 60_000);
    expect(escalated.teamId).toBe(teams.freight);
    const note = (await thread(ticketId)).find((m) => String(m.body).startsWith('Escalated by automation'));
    expect(note).toMatchObject({ direction: 'note', body: `Escalated by automation “Low score to lead”: Call the customer today\n@${daniel.agent.name}`, mentions: [daniel.agent.id] });
  });

  it('an email without the keyword is left alone', async () => {
    const stored = await client().deliver('email', email('Invoice copy', 'Could you send the invoice again?', 'ops@other-goods.example'), { contentType: 'message/rfc822' });
    const id = String((stored as unknown as { ticketId: string }).ticketId);
    await waitFor('the ticket', async () => ticket(id), 60_000);
    await kit.hub.rules?.idle();
    expect(await ticket(id)).toMatchObject({ tags: [], teamId: expect.not.stringMatching(teams.freight) });
    expect(await ruleRuns(id)).toEqual([]);
  });
});
