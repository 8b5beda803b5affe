import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantScope, uuidv7, type CustomerRow } from '../../../../src/core';
import { registerSurveyRoutes } from '../../../../src/hub/csat/registerSurveyRoutes';
import { SurveyLinks } from '../../../../src/hub/csat/SurveyLinks';
import { SurveyRateLimit } from '../../../../src/hub/csat/SurveyRateLimit';
import { automations, csatResponses, csatSurveys } from '../../../../src/hub/store/schema';
import { H, startRulesHarness, type RulesHarness } from '../rules/rulesHarness';

const DAY = 24 * H;
let h: RulesHarness;
let web: ReturnType<typeof Fastify>;
let base: string;

beforeAll(async () => {
  h = await startRulesHarness({});
  web = Fastify({ logger: false });
  registerSurveyRoutes(web, h.ctx, new SurveyRateLimit(10_000));
  await web.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`;
  h.ctx.surveyLinks = new SurveyLinks('csat-test-secret-0123456789abcdef', base);
});
afterAll(async () => {
  await web.close();
  await h.close();
});

const surveyOf = async (ticketId: string) => (await h.ctx.db.select().from(csatSurveys).where(eq(csatSurveys.ticketId, ticketId)))[0];
const responsesOf = (ticketId: string) => h.ctx.db.select().from(csatResponses).where(eq(csatResponses.ticketId, ticketId));
const surveyMessages = async (ticketId: string) => (await h.messagesOf(ticketId)).filter((m) => m.direction === 'outbound' && m.body.includes('/survey/'));
const linksIn = (body: string) => [...body.matchAll(/https?:\/\/\S+\/survey\/\S+/g)].map((m) => m[0]);
const post = (url: string, form: Record<string, string>) =>
  fetch(url.split('?')[0]!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() });

async function ticketFor(customer: CustomerRow, channel: 'email' | 'sms' = 'email') {
  const id = uuidv7(h.now());
  const created = await h.mutate('ticket.create', {
    id,
    subject: 'Pallet 3 of 5 missing',
    customerId: customer.id,
    teamId: h.team.id,
    channel,
    priority: 'normal',
    firstMessage: { id: uuidv7(h.now()), direction: 'inbound', body: 'Only 4 pallets arrived.' },
  });
  expect(created.status).toBe('applied');
  await h.engine.idle();
  return id;
}
async function setStatus(id: string, status: 'solved' | 'open') {
  expect((await h.mutate('ticket.update', { id, status })).status).toBe('applied');
  await h.engine.idle();
}
async function sweep() {
  await h.engine.sweep();
  await h.engine.idle();
}

describe('CSAT surveys after solve', () => {
  it('sends nothing while no csat.survey automation is enabled', async () => {
    const id = await ticketFor(await h.customer());
    await setStatus(id, 'solved');
    h.advance(30 * DAY);
    await sweep();
    expect(await surveyOf(id)).toBeUndefined();
    expect(await surveyMessages(id)).toEqual([]);
  });

  let links: string[] = [];
  let ticketId = '';
  it('schedules the survey at solve + delay and then queues it with one signed link per score', async () => {
    await h.automation('csat.survey', { delayHours: 24, cooldownDays: 30 });
    const customer = await h.customer({ name: 'Grace Hopper' });
    ticketId = await ticketFor(customer);
    await setStatus(ticketId, 'solved');
    expect(await surveyOf(ticketId)).toMatchObject({ status: 'scheduled', dueAt: h.now() + DAY });
    h.advance(23 * H);
    await sweep();
    expect(await surveyMessages(ticketId)).toEqual([]);
    h.advance(2 * H);
    await sweep();
    const [message] = await surveyMessages(ticketId);
    expect(message).toMatchObject({ channel: 'email', authorId: null });
    expect(message!.body).toContain('Hello Grace Hopper');
    links = linksIn(message!.body);
    expect(links.map((l) => new URL(l).searchParams.get('score'))).toEqual(['5', '4', '3', '2', '1']);
    const survey = await surveyOf(ticketId);
    expect(survey).toMatchObject({ status: 'sent', channel: 'email', messageId: message!.id, sentAt: h.now(), expiresAt: h.now() + 28 * DAY });
  });

  it('GET shows the page with the link score chosen and records nothing', async () => {
    const four = links.find((l) => l.endsWith('score=4'))!;
    const res = await fetch(four);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const html = await res.text();
    expect(html).toMatch(/value="4" required checked/);
    expect(html).not.toMatch(/value="3" required checked/);
    expect(html).toContain('Pallet 3 of 5 missing');
    expect(html).not.toContain('Grace Hopper');
    expect(await responsesOf(ticketId)).toEqual([]);
  });

  it('POST records the answer once; a second POST updates it', async () => {
    const res = await post(links[0]!, { score: '2', comment: 'Took a week' });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('We recorded your rating');
    const [first] = await responsesOf(ticketId);
    const survey = await surveyOf(ticketId);
    expect(first).toMatchObject({ id: survey!.id, score: 2, comment: 'Took a week' });
    h.advance(H);
    expect((await post(links[0]!, { score: '5', comment: '' })).status).toBe(200);
    const after = await responsesOf(ticketId);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: survey!.id, score: 5, comment: null, createdAt: first!.createdAt });
    // The answer is a replicated row written by the hub's survey actor: desktops get it live.
    const live = h.live.flatMap((b) => b.rows).filter((r) => r.entity === 'csat_responses' && r.id === survey!.id);
    expect(live.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses an invalid answer with the form again and records nothing', async () => {
    const res = await post(links[0]!, { score: '9' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Please pick a score from 1 to 5.');
    expect((await responsesOf(ticketId))[0]?.score).toBe(5);
  });

  it('a changed link, or one moved to another ticket, is refused', async () => {
    const other = await ticketFor(await h.customer());
    const token = new URL(links[0]!).pathname.split('/').pop()!;
    const bytes = Buffer.from(token, 'base64url');
    const edited = (at: number, part: Buffer) => Buffer.concat([bytes.subarray(0, at), part, bytes.subarray(at + part.length)]).toString('base64url');
    const survey = (await surveyOf(ticketId))!;
    const moved = [
      // The other ticket's id in place of this one's, the MAC kept.
      edited(16, Buffer.from(other.replace(/-/g, ''), 'hex')),
      // A later expiry.
      edited(32, Buffer.from([0, 0, 0xff, 0xff, 0xff, 0xff])),
      token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA'),
      'nonsense',
      // Even correctly signed, this survey does not answer another ticket.
      h.ctx.surveyLinks!.token({ surveyId: survey.id, ticketId: other, expiresAt: survey.expiresAt! }),
    ];
    for (const bad of moved) {
      const res = await post(`${base}/survey/${bad}`, { score: '1' });
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('This survey link does not work');
    }
    expect(await responsesOf(other)).toEqual([]);
    expect((await responsesOf(ticketId))[0]?.score).toBe(5);
  });

  it('limits requests per IP with a plain page saying to wait', async () => {
    const limited = Fastify({ logger: false });
    registerSurveyRoutes(limited, h.ctx, new SurveyRateLimit(1));
    await limited.listen({ host: '127.0.0.1', port: 0 });
    const path = new URL(links[0]!).pathname;
    const at = `http://127.0.0.1:${(limited.server.address() as AddressInfo).port}${path}`;
    expect((await fetch(at)).status).toBe(200);
    const refused = await fetch(at);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.text()).toContain('Too many requests');
    await limited.close();
  });

  it('stops accepting answers when the link expires', async () => {
    h.advance(28 * DAY);
    const res = await post(links[0]!, { score: '1' });
    expect(res.status).toBe(410);
    expect((await fetch(links[0]!)).status).toBe(410);
    expect((await responsesOf(ticketId))[0]?.score).toBe(5);
  });

  it('skips a ticket reopened before the survey was due', async () => {
    const id = await ticketFor(await h.customer());
    await setStatus(id, 'solved');
    h.advance(H);
    await setStatus(id, 'open');
    h.advance(DAY);
    await sweep();
    expect(await surveyOf(id)).toMatchObject({ status: 'skipped', skipReason: 'reopened' });
    expect(await surveyMessages(id)).toEqual([]);
    // Solved again: scheduled again for the new solve.
    await setStatus(id, 'solved');
    expect(await surveyOf(id)).toMatchObject({ status: 'scheduled', dueAt: h.now() + DAY });
  });

  it('sends one survey per customer within the cooldown', async () => {
    const customer = await h.customer();
    const first = await ticketFor(customer);
    const second = await ticketFor(customer);
    await setStatus(first, 'solved');
    h.advance(DAY);
    await sweep();
    await setStatus(second, 'solved');
    h.advance(DAY);
    await sweep();
    expect(await surveySent(first)).toBe(true);
    expect(await surveyOf(second)).toMatchObject({ status: 'skipped', skipReason: 'cooldown' });
  });
  const surveySent = async (id: string) => (await surveyOf(id))?.status === 'sent';

  it('respects the opt-out on the ticket channel and defers through quiet hours', async () => {
    const optedOut = await ticketFor(await h.customer({ preferences: { optIns: { email: false, sms: false, chat: false, social: false } } }));
    // Quiet the whole day but one minute, in UTC: the survey waits for the window's end.
    const quiet = await ticketFor(await h.customer({ preferences: { quietHours: { start: '00:00', end: '23:59', timeZone: 'UTC' } } }));
    await setStatus(optedOut, 'solved');
    await setStatus(quiet, 'solved');
    h.advance(DAY);
    await sweep();
    expect(await surveyOf(optedOut)).toMatchObject({ status: 'skipped', skipReason: 'opted_out' });
    const deferred = await surveyOf(quiet);
    expect(deferred?.status).toBe('scheduled');
    expect(deferred!.dueAt).toBeGreaterThan(h.now());
    h.advance(deferred!.dueAt - h.now());
    await sweep();
    expect(await surveySent(quiet)).toBe(true);
  });

  it('a low score reopens the solved ticket and mentions the team lead in a note', async () => {
    const lead = { id: uuidv7(h.now()), teamId: h.team.id, name: 'Lena Lead', email: 'lena@relay.example', role: 'lead' as const, createdAt: h.now(), signature: '' };
    await h.write([{ op: 'upsert', entity: 'agents', id: lead.id, scope: tenantScope, row: lead }]);
    await h.automation('csat.low_score', { threshold: 2 });
    const [setting] = await h.ctx.db.select().from(automations).where(eq(automations.trigger, 'csat.survey'));
    await h.write([{ op: 'upsert', entity: 'automations', id: setting!.id, scope: tenantScope, row: { ...setting!, config: { delayHours: 0, cooldownDays: 0 } } }]);
    const id = await ticketFor(await h.customer(), 'sms');
    const customer = (await h.ticket(id))!.customerId;
    await h.write([{ op: 'upsert', entity: 'customers', id: customer, scope: tenantScope, row: { ...(await h.customer({ id: customer, phone: '+4915112345678', preferences: { optIns: { email: true, sms: true, chat: false, social: false } } })) } }]);
    await setStatus(id, 'solved');
    // No delay: sent in the reaction to the solve, one page link on SMS.
    const [sms] = await surveyMessages(id);
    expect(sms).toMatchObject({ channel: 'sms' });
    const [link] = linksIn(sms!.body);
    expect(new URL(link!).search).toBe('');
    expect((await post(link!, { score: '1', comment: 'Nobody called back' })).status).toBe(200);
    await h.engine.idle();
    expect((await h.ticket(id))?.status).toBe('open');
    const notes = (await h.messagesOf(id)).filter((m) => m.direction === 'note');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ mentions: [lead.id], authorId: null });
    expect(notes[0]!.body).toContain('Nobody called back');
    // The same low answer again reopens and notes nothing twice.
    expect((await post(link!, { score: '2' })).status).toBe(200);
    expect((await h.messagesOf(id)).filter((m) => m.direction === 'note')).toHaveLength(1);
  });
});
