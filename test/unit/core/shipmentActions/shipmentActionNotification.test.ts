import { describe, expect, it } from 'vitest';
import { automationMacroId, decideNotification, macroValues, renderMacro, type AutomationConfig, type NotificationEvent } from '../../../../src/core/rules';
import { shipmentActionKindsAllowed, shipmentActionRefusal } from '../../../../src/core';

const NOON = Date.UTC(2026, 11, 7, 12, 0);
const automation = (over: Partial<AutomationConfig> = {}): AutomationConfig => ({
  id: 'A1',
  enabled: true,
  trigger: 'shipment_action.settled',
  exceptionTypes: null,
  macroId: 'M-ok',
  macroByOutcome: { accepted: 'M-ok', refused: 'M-no' },
  actionKinds: ['reschedule'],
  channel: null,
  throttle: { perShipmentMs: 0, perCustomerPerDay: 10 },
  ...over,
});
const event = (over: Partial<NotificationEvent> = {}): NotificationEvent => ({
  trigger: 'shipment_action.settled',
  shipmentId: 'S1',
  customerId: 'C1',
  exceptionType: null,
  shipmentActionId: 'X1',
  outcome: 'accepted',
  actionKind: 'reschedule',
  ...over,
});
const decide = (a: AutomationConfig, e: NotificationEvent) =>
  decideNotification({ event: e, automation: a, preferences: { preferredChannel: 'email', language: 'en', quietHours: null, optIns: { email: true, sms: false, chat: false, social: false } }, reachable: new Set(['email']), history: [], now: NOON });

describe('telling the customer a shipment action settled', () => {
  it('picks the macro of the outcome; an outcome without one, or another kind of request, is not told', () => {
    expect(automationMacroId(automation(), event())).toBe('M-ok');
    expect(automationMacroId(automation(), event({ outcome: 'refused' }))).toBe('M-no');
    expect(automationMacroId(automation(), event({ outcome: 'failed' }))).toBeNull();
    expect(decide(automation(), event())).toEqual({ action: 'send', channel: 'email' });
    expect(decide(automation(), event({ outcome: 'failed' }))).toEqual({ action: 'skip', reason: 'not_triggered' });
    expect(decide(automation(), event({ actionKind: 'claim' }))).toEqual({ action: 'skip', reason: 'not_triggered' });
    expect(decide(automation({ actionKinds: null }), event({ actionKind: 'claim' }))).toEqual({ action: 'send', channel: 'email' });
    expect(decide(automation({ enabled: false }), event())).toEqual({ action: 'skip', reason: 'automation_disabled' });
    // Other triggers keep their one macro.
    expect(automationMacroId(automation({ trigger: 'shipment.delayed' }), { trigger: 'shipment.delayed', outcome: null })).toBe('M-ok');
  });

  it('fills the action placeholders: kind, booked day in the customer language, window, outcome, reason', () => {
    const values = macroValues(
      {
        customer: { name: 'Ada' },
        shipment: null,
        order: null,
        ticket: null,
        action: { kind: 'reschedule', details: { date: '2026-12-12', windowFrom: '09:00', windowTo: '12:00' }, state: 'refused', reason: 'already out for delivery', carrierReference: null },
      },
      { language: 'de-DE', timeZone: 'Pacific/Auckland' },
    );
    // The booked day stays the 12th whatever the customer's zone; month names follow the message language.
    expect(values['action.date']).toBe('12 December 2026');
    const rendered = renderMacro('{{action.kind}} {{action.outcome}} for {{action.date}} {{action.window}}: {{action.reason}} {{action.carrierReference}}', values);
    expect(rendered.text).toBe('delivery date change refused for 12 December 2026 09:00–12:00: already out for delivery {{action.carrierReference}}');
    expect(rendered.missing).toEqual(['action.carrierReference']);
    expect(rendered.unknown).toEqual([]);
  });
});

describe('which shipment actions a state allows (menu and palette share the mutation\'s rule)', () => {
  it('offers every kind the refusal rule lets through for the same state', () => {
    expect(shipmentActionKindsAllowed('pending')).toEqual(['reschedule', 'change_address', 'redirect', 'hold_at_depot', 'book_pickup', 'cancel']);
    expect(shipmentActionKindsAllowed('out_for_delivery')).toEqual(['reschedule', 'redirect', 'hold_at_depot', 'book_pickup', 'claim']);
    expect(shipmentActionKindsAllowed('delivered')).toEqual(['book_pickup', 'claim']);
    expect(shipmentActionKindsAllowed('cancelled')).toEqual([]);
    const refusal = shipmentActionRefusal({ status: 'out_for_delivery' }, { kind: 'cancel', details: { reason: 'twice' } }, NOON);
    expect(refusal).toMatch(/already out for delivery/);
  });
});
