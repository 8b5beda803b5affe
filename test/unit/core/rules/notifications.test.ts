import { describe, expect, it } from 'vitest';
import {
  decideNotification,
  macroValues,
  quietHoursEnd,
  renderMacro,
  type AutomationConfig,
  type NotificationEvent,
  type NotificationPreferences,
  type SentNotification,
} from '../../../../src/core/rules';
import type { Channel } from '../../../../src/core';

const H = 3_600_000;
// 2026-11-23 12:00 UTC = 13:00 in Berlin (CET, UTC+1).
const NOON = Date.UTC(2026, 10, 23, 12, 0);

const prefs = (over: Partial<NotificationPreferences> = {}): NotificationPreferences => ({
  preferredChannel: 'email',
  language: 'en',
  quietHours: null,
  optIns: { email: true, sms: true, chat: false, social: false },
  ...over,
});
const automation = (over: Partial<AutomationConfig> = {}): AutomationConfig => ({
  id: 'A1',
  enabled: true,
  trigger: 'shipment.delayed',
  exceptionTypes: null,
  macroId: 'M1',
  channel: null,
  throttle: { perShipmentMs: 12 * H, perCustomerPerDay: 3 },
  ...over,
});
const event: NotificationEvent = { trigger: 'shipment.delayed', shipmentId: 'S1', customerId: 'C1', exceptionType: null };
const sent = (hoursAgo: number, shipmentId = 'S1', customerId = 'C1'): SentNotification => ({ customerId, shipmentId, sentAt: NOON - hoursAgo * H });

function decide(over: {
  event?: Partial<NotificationEvent>;
  automation?: Partial<AutomationConfig>;
  preferences?: Partial<NotificationPreferences>;
  reachable?: Channel[];
  history?: SentNotification[];
  now?: number;
}) {
  return decideNotification({
    event: { ...event, ...over.event },
    automation: automation(over.automation),
    preferences: prefs(over.preferences),
    reachable: new Set(over.reachable ?? ['email', 'sms']),
    history: over.history ?? [],
    now: over.now ?? NOON,
  });
}

describe('decideNotification', () => {
  const cases: Array<[string, Parameters<typeof decide>[0], ReturnType<typeof decide>]> = [
    ['sends on the preferred channel', {}, { action: 'send', channel: 'email' }],
    ['preferred sms', { preferences: { preferredChannel: 'sms' } }, { action: 'send', channel: 'sms' }],
    ['disabled automation', { automation: { enabled: false } }, { action: 'skip', reason: 'automation_disabled' }],
    ['other trigger', { event: { trigger: 'shipment.delivered' } }, { action: 'skip', reason: 'not_triggered' }],
    [
      'exception kind filtered out',
      { automation: { trigger: 'exception.opened', exceptionTypes: ['lost'] }, event: { trigger: 'exception.opened', exceptionType: 'delay' } },
      { action: 'skip', reason: 'not_triggered' },
    ],
    [
      'exception kind allowed',
      { automation: { trigger: 'exception.opened', exceptionTypes: ['lost'] }, event: { trigger: 'exception.opened', exceptionType: 'lost' } },
      { action: 'send', channel: 'email' },
    ],
    [
      'preferred channel not consented: falls back to a consented one',
      { preferences: { preferredChannel: 'chat' } },
      { action: 'send', channel: 'email' },
    ],
    [
      'no consent at all',
      { preferences: { optIns: { email: false, sms: false, chat: false, social: false } } },
      { action: 'skip', reason: 'opted_out' },
    ],
    ['consented but no address', { reachable: [] }, { action: 'skip', reason: 'no_reachable_channel' }],
    ['preferred unreachable: next consented reachable', { reachable: ['sms'] }, { action: 'send', channel: 'sms' }],
    ['override channel without consent', { automation: { channel: 'chat' } }, { action: 'skip', reason: 'opted_out' }],
    [
      'override channel consented but unreachable',
      { automation: { channel: 'sms' }, reachable: ['email'] },
      { action: 'skip', reason: 'channel_unreachable' },
    ],
    ['override channel used', { automation: { channel: 'sms' } }, { action: 'send', channel: 'sms' }],
    ['same shipment 3 h ago: throttled', { history: [sent(3)] }, { action: 'skip', reason: 'throttled_shipment' }],
    ['same shipment 13 h ago: fine', { history: [sent(13)] }, { action: 'send', channel: 'email' }],
    ['another customer’s message does not count', { history: [sent(1, 'S1', 'C2')] }, { action: 'send', channel: 'email' }],
    [
      'daily cap reached by other shipments',
      { history: [sent(1, 'S2'), sent(5, 'S3'), sent(20, 'S4')] },
      { action: 'skip', reason: 'throttled_customer' },
    ],
    [
      'cap counts only the last 24 h',
      { history: [sent(1, 'S2'), sent(5, 'S3'), sent(25, 'S4')] },
      { action: 'send', channel: 'email' },
    ],
  ];
  it.each(cases)('%s', (_name, over, expected) => {
    expect(decide(over)).toEqual(expected);
  });

  it('defers until quiet hours end in the customer’s zone', () => {
    // 23:30 in Berlin = 22:30 UTC; quiet 22:00–07:00 Berlin ends 06:00 UTC next day.
    const late = Date.UTC(2026, 10, 23, 22, 30);
    const decision = decide({ now: late, preferences: { quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' } } });
    expect(decision).toEqual({ action: 'defer', channel: 'email', until: Date.UTC(2026, 10, 24, 6, 0) });
  });

  it('throttle beats quiet hours (skip, not defer)', () => {
    const late = Date.UTC(2026, 10, 23, 22, 30);
    const decision = decide({
      now: late,
      history: [{ customerId: 'C1', shipmentId: 'S1', sentAt: late - H }],
      preferences: { quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' } },
    });
    expect(decision).toEqual({ action: 'skip', reason: 'throttled_shipment' });
  });
});

describe('quietHoursEnd', () => {
  const cases: Array<[string, { start: string; end: string }, string, number, number | null]> = [
    ['outside a wrapping window', { start: '22:00', end: '07:00' }, 'UTC', Date.UTC(2026, 10, 23, 12), null],
    ['inside before midnight', { start: '22:00', end: '07:00' }, 'UTC', Date.UTC(2026, 10, 23, 23), Date.UTC(2026, 10, 24, 7)],
    ['inside after midnight', { start: '22:00', end: '07:00' }, 'UTC', Date.UTC(2026, 10, 24, 3, 15), Date.UTC(2026, 10, 24, 7)],
    ['end is exclusive', { start: '22:00', end: '07:00' }, 'UTC', Date.UTC(2026, 10, 24, 7), null],
    ['same-day window', { start: '12:00', end: '14:00' }, 'UTC', Date.UTC(2026, 10, 23, 13, 30, 20), Date.UTC(2026, 10, 23, 14)],
    ['start == end means none', { start: '09:00', end: '09:00' }, 'UTC', Date.UTC(2026, 10, 23, 9), null],
    ['New York evening', { start: '20:00', end: '08:00' }, 'America/New_York', Date.UTC(2026, 10, 24, 2), Date.UTC(2026, 10, 24, 13)],
    ['unknown zone reads as UTC', { start: '22:00', end: '07:00' }, 'Mars/Olympus', Date.UTC(2026, 10, 23, 23), Date.UTC(2026, 10, 24, 7)],
    ['malformed window is none', { start: '25:00', end: '07:00' }, 'UTC', Date.UTC(2026, 10, 23, 23), null],
    // Europe/Berlin springs forward 2026-03-29 02:00 → 03:00; 07:00 local is then 05:00 UTC.
    ['across a DST jump', { start: '22:00', end: '07:00' }, 'Europe/Berlin', Date.UTC(2026, 2, 28, 23), Date.UTC(2026, 2, 29, 5)],
  ];
  it.each(cases)('%s', (_name, window, zone, now, expected) => {
    expect(quietHoursEnd(window, zone, now)).toBe(expected);
  });
});

describe('renderMacro', () => {
  const values = macroValues(
    {
      customer: { name: 'Ada Lovelace' },
      shipment: { trackingNumber: '1Z999', carrier: 'UPS', eta: Date.UTC(2026, 10, 25, 15, 0) },
      order: { number: 'SO-1' },
      ticket: { number: 1042 },
    },
    { language: 'en-GB', timeZone: 'Europe/London' },
  );

  it('fills every known placeholder, with spaces inside braces', () => {
    const out = renderMacro('Hi {{customer.name}}, {{ shipment.trackingNumber }} ({{shipment.carrier}}) for {{order.number}} on {{ticket.number}}', values);
    expect(out).toEqual({ text: 'Hi Ada Lovelace, 1Z999 (UPS) for SO-1 on #1042', unknown: [], missing: [] });
  });

  it('formats the ETA in the message’s language with the customer’s region and zone', () => {
    expect(renderMacro('{{shipment.eta}}', values).text).toBe('25 November 2026');
    const eta = Date.UTC(2026, 10, 25, 23, 30);
    const subjects = { customer: null, shipment: { trackingNumber: null, carrier: null, eta }, order: null, ticket: null };
    // An English macro to a German customer: English words, German day (already the 26th in Berlin).
    expect(renderMacro('{{shipment.eta}}', macroValues(subjects, { language: 'de-DE', timeZone: 'Europe/Berlin' })).text).toBe('26 November 2026');
    expect(renderMacro('{{shipment.eta}}', macroValues(subjects, { language: 'de-DE', timeZone: 'Europe/Berlin', messageLanguage: 'de' })).text).toBe('26. November 2026');
    expect(renderMacro('{{shipment.eta}}', macroValues(subjects, { language: 'en', timeZone: 'America/New_York' })).text).toBe('November 25, 2026');
  });

  it('leaves unknown placeholders visible and reports them', () => {
    expect(renderMacro('Hi {{customer.nmae}} / {{customer.nmae}}', values)).toEqual({
      text: 'Hi {{customer.nmae}} / {{customer.nmae}}',
      unknown: ['customer.nmae'],
      missing: [],
    });
  });

  it('leaves known placeholders without a value visible and reports them', () => {
    expect(renderMacro('ETA {{shipment.eta}}', {})).toEqual({ text: 'ETA {{shipment.eta}}', unknown: [], missing: ['shipment.eta'] });
  });

  it('never throws on odd templates', () => {
    for (const t of ['{{', '}}', '{{}}', '{{ }}', '{{{customer.name}}}', '{{a}}{{b']) expect(() => renderMacro(t, values)).not.toThrow();
    expect(renderMacro('{{{customer.name}}}', values).text).toBe('{Ada Lovelace}');
  });

  it('a bad language tag or zone falls back instead of failing', () => {
    const v = macroValues({ customer: null, shipment: { trackingNumber: null, carrier: null, eta: Date.UTC(2026, 0, 2, 3, 4) }, order: null, ticket: null }, { language: 'xx-!!', timeZone: 'Nowhere/Zone' });
    expect(v['shipment.eta']).toMatch(/2026/);
  });
});
