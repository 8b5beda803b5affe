import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../../../src/core';
import { SurveyLinks } from '../../../../src/hub/csat/SurveyLinks';
import { SmtpEmailConnector } from '../../../../src/hub/outbound/SmtpEmailConnector';
import { startLocalSmtpServer } from '../outbound/localSmtpServer';
import { H, startRulesHarness, type RulesHarness } from '../rules/rulesHarness';

let h: RulesHarness;
let smtp: Awaited<ReturnType<typeof startLocalSmtpServer>>;
beforeAll(async () => {
  smtp = await startLocalSmtpServer();
  const email = new SmtpEmailConnector({ host: '127.0.0.1', port: smtp.port, requireTls: false, ignoreTls: true, from: 'support@relay.example', messageIdDomain: 'relay.example' });
  h = await startRulesHarness({ email });
  h.ctx.surveyLinks = new SurveyLinks('csat-mail-secret-0123456789abcdef', 'https://support.relay.example');
  await h.automation('csat.survey', {});
});
afterAll(async () => {
  await h.close();
  await smtp.close();
});

describe('the survey email', () => {
  it('goes out by SMTP a day after the solve, with one clickable link per score', async () => {
    const customer = await h.customer({ name: 'Ada Lovelace' });
    const id = uuidv7(h.now());
    await h.mutate('ticket.create', {
      id,
      subject: 'Pallet 3 of 5 missing',
      customerId: customer.id,
      teamId: h.team.id,
      channel: 'email',
      firstMessage: { id: uuidv7(h.now()), direction: 'inbound', body: 'Only 4 pallets arrived.' },
    });
    await h.mutate('ticket.update', { id, status: 'solved' });
    await h.engine.idle();
    h.advance(24 * H);
    await h.engine.sweep();
    await h.engine.idle();
    const mails = smtp.received.filter((m) => m.to.includes(customer.email ?? ''));
    expect(mails).toHaveLength(1);
    const mail = await simpleParser(mails[0]!.raw);
    expect(mail.subject).toContain('Pallet 3 of 5 missing');
    expect(mail.text).toContain('How did we do?');
    const hrefs = [...String(mail.html).matchAll(/<a href="(https:\/\/support\.relay\.example\/survey\/[^"]+)">/g)].map((m) => m[1]);
    expect(hrefs.map((u) => new URL(u!).searchParams.get('score'))).toEqual(['5', '4', '3', '2', '1']);
    expect((await h.messagesOf(id)).find((m) => m.body.includes('/survey/'))?.deliveryStatus).toBe('sent');
  });
});
