import { describe, expect, it } from 'vitest';
import type { AutomationRow } from '../../../../src/core';
import { parseAutomation } from '../../../../src/hub/rules/parseAutomation';

const macroId = '0196d000-0000-7000-8000-000000000001';
const row = (over: Partial<AutomationRow>): AutomationRow => ({
  id: '0196d000-0000-7000-8000-0000000000aa',
  name: 'Delay notice',
  trigger: 'shipment.delayed',
  enabled: true,
  config: { macroId },
  ...over,
});

describe('parseAutomation', () => {
  it('fills defaults: preferred channel, all exception kinds, 12 h per shipment, 3 a day', () => {
    expect(parseAutomation(row({}))).toEqual({
      ok: true,
      config: {
        id: row({}).id,
        enabled: true,
        trigger: 'shipment.delayed',
        exceptionTypes: null,
        macroId,
        channel: null,
        throttle: { perShipmentMs: 12 * 3_600_000, perCustomerPerDay: 3 },
      },
    });
  });

  it('reads overrides', () => {
    const parsed = parseAutomation(
      row({ trigger: 'exception.opened', config: { macroId, channel: 'sms', exceptionTypes: ['lost', 'damaged'], throttle: { perShipmentHours: 1, perCustomerPerDay: 9 } } }),
    );
    expect(parsed).toMatchObject({ ok: true, config: { channel: 'sms', exceptionTypes: ['lost', 'damaged'], throttle: { perShipmentMs: 3_600_000, perCustomerPerDay: 9 } } });
  });

  const bad: Array<[string, Partial<AutomationRow>, RegExp]> = [
    ['unknown trigger', { trigger: 'ticket.created' }, /unknown trigger "ticket.created"/],
    ['no macro', { config: {} }, /macroId/],
    ['phone is not a notification channel', { config: { macroId, channel: 'phone' } }, /channel/],
    ['unknown exception kind', { config: { macroId, exceptionTypes: ['late'] } }, /exceptionTypes/],
    ['zero daily cap', { config: { macroId, throttle: { perCustomerPerDay: 0 } } }, /perCustomerPerDay/],
  ];
  it.each(bad)('refuses %s with a reason', (_name, over, reason) => {
    const parsed = parseAutomation(row(over));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
