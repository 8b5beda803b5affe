import { describe, expect, it } from 'vitest';
import { macroFitsException, recipientWarnings, type RecipientFacts } from '../../../../src/core';

// Mon 7 Dec 2026 21:30 UTC = 22:30 in Berlin.
const now = Date.UTC(2026, 11, 7, 21, 30);
const DAY = 86_400_000;
const facts: RecipientFacts = {
  customerName: 'Nordwind Retail GmbH',
  channel: 'email',
  templateUsesEta: true,
  eta: now + 2 * DAY,
  exception: { type: 'delay', macroFits: true },
  customerLanguage: 'de-DE',
  quietHours: null,
};
const codes = (list: ReturnType<typeof recipientWarnings>) => list.map((w) => `${w.code}${w.blocking ? '!' : ''}`);

describe('recipientWarnings', () => {
  it('says nothing about a fitting template with a future ETA', () => {
    expect(recipientWarnings(facts, 'Arrives 9 December 2026.', false, now)).toEqual([]);
  });

  it('blocks a past ETA in an ETA template until the agent edits the text', () => {
    const past = { ...facts, eta: now - 28 * DAY };
    const [warning] = recipientWarnings(past, 'The carrier now expects to deliver it on 9 November 2026.', false, now);
    expect(warning).toMatchObject({ code: 'past_eta', blocking: true });
    expect(warning?.message).toBe('The ETA in this text passed 28 days ago; edit it with a real date for Nordwind Retail GmbH before sending.');
    expect(recipientWarnings(past, 'We are chasing the carrier and write again by Friday.', true, now)).toEqual([]);
    expect(recipientWarnings({ ...past, templateUsesEta: false }, 'Your claim is open.', false, now)).toEqual([]);
  });

  it('blocks a missing ETA and other unfilled placeholders while they stay in the text, even edited', () => {
    const text = 'Hi {{customer.nmae}}, ETA {{ shipment.eta }}.';
    expect(codes(recipientWarnings({ ...facts, eta: null }, text, true, now))).toEqual(['missing_eta!', 'unfilled!']);
    expect(recipientWarnings({ ...facts, eta: null }, text, false, now)[1]?.message).toBe('Fill in {{customer.nmae}}: there is no value for Nordwind Retail GmbH.');
  });

  it('blocks a template written for another exception type until edited', () => {
    const stale = { ...facts, exception: { type: 'stale' as const, macroFits: false } };
    const [warning] = recipientWarnings(stale, 'Running late.', false, now);
    expect(warning).toMatchObject({ code: 'wrong_type', blocking: true });
    expect(warning?.message).toContain('not written for a "No scans" exception');
    expect(recipientWarnings(stale, 'No scans since Monday; we asked the carrier.', true, now)).toEqual([]);
  });

  it('blocks an opted-out customer whatever the text, and an SMS over the limit', () => {
    expect(codes(recipientWarnings({ ...facts, channel: null }, 'anything', true, now))).toEqual(['opted_out!']);
    expect(codes(recipientWarnings({ ...facts, channel: 'sms' }, 'a'.repeat(1531), true, now))).toEqual(['too_long!']);
  });

  it('warns, without blocking, inside quiet hours with the customer local time', () => {
    const quiet = { ...facts, quietHours: { start: '21:00', end: '08:00', timeZone: 'Europe/Berlin' } };
    const [warning] = recipientWarnings(quiet, 'Arrives soon.', false, now);
    expect(warning).toEqual({
      code: 'quiet_hours',
      blocking: false,
      message: 'It is 22:30 for Nordwind Retail GmbH (Europe/Berlin), inside their quiet hours 21:00–08:00.',
    });
    expect(recipientWarnings(quiet, 'Arrives soon.', false, now + 10 * 3_600_000)).toEqual([]);
  });
});

describe('macroFitsException', () => {
  it('matches a macro title to the exception types it is written for; generic macros fit all', () => {
    const delay = { title: 'Shipment delayed – apology with new ETA' };
    expect(macroFitsException(delay, 'delay')).toBe(true);
    expect(macroFitsException(delay, 'stale')).toBe(false);
    expect(macroFitsException({ title: 'Damage claim started' }, 'damaged')).toBe(true);
    expect(macroFitsException({ title: 'Customs documents needed' }, 'delay')).toBe(false);
    expect(macroFitsException({ title: 'Redelivery booked' }, 'failed_delivery')).toBe(true);
    expect(macroFitsException({ title: 'Delivered – anything else?' }, 'lost')).toBe(false);
    expect(macroFitsException({ title: 'Closing – no reply' }, 'stale')).toBe(true);
  });
});
