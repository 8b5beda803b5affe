import type { AutomationRow, CustomerTier, MacroRow, RoutingConditions, SlaPolicyRow, SlaTarget, TicketPriority } from '../../core';
import type { DemoTeamKey } from './demoPeople';

/** SLA targets in minutes (first response, resolution) by priority and tier: better tiers, tighter clocks. */
export const slaMinutes: Record<TicketPriority, Record<CustomerTier, [number, number]>> = {
  urgent: { platinum: [15, 240], gold: [30, 480], standard: [60, 720] },
  high: { platinum: [30, 480], gold: [60, 960], standard: [120, 1440] },
  normal: { platinum: [60, 1440], gold: [120, 2160], standard: [240, 2880] },
  low: { platinum: [240, 2880], gold: [480, 4320], standard: [720, 5760] },
};

/** The demo SLA policy as core's targets: seeded tickets get their due times from it. */
export const demoSlaTargets: readonly SlaTarget[] = (['urgent', 'high', 'normal', 'low'] as const).flatMap((priority) =>
  (['platinum', 'gold', 'standard'] as const).map((tier) => {
    const [firstResponseMinutes, resolutionMinutes] = slaMinutes[priority][tier];
    return { priority, tier, firstResponseMinutes, resolutionMinutes, nextResponseMinutes: null };
  }),
);

export function demoSlaPolicies(id: (i: number) => string): SlaPolicyRow[] {
  return demoSlaTargets.map((target, i) => ({ id: id(i), ...target, tier: target.tier ?? 'standard', nextResponseMinutes: target.nextResponseMinutes ?? null }));
}

type MacroText = Omit<MacroRow, 'id' | 'ownerAgentId' | 'archived'>;

export const demoMacros: readonly MacroText[] = [
  {
    title: 'Shipment delayed – apology with new ETA',
    channel: 'email',
    body: 'Hi {{customer.name}},\n\nYour shipment {{shipment.trackingNumber}} is running late. The carrier now expects to deliver it on {{shipment.eta}}. We are sorry for the wait and are watching it closely.\n\nBest regards,\n{{agent.name}}',
  },
  { title: 'Delay notice (SMS)', channel: 'sms', body: 'Relay: shipment {{shipment.trackingNumber}} is delayed. New ETA {{shipment.eta}}. Reply HELP for support.' },
  {
    title: 'Customs documents needed',
    channel: 'email',
    body: 'Hi {{customer.name}},\n\nCustoms is holding {{shipment.trackingNumber}} until they receive a commercial invoice showing the Incoterm and HS codes. Please reply with the document attached and we will file it the same day.\n\n{{agent.name}}',
  },
  {
    title: 'Damage claim started',
    channel: null,
    body: 'Hi {{customer.name}}, we are sorry {{shipment.trackingNumber}} arrived damaged. We have opened a claim with the carrier; please keep the packaging and send photos of the damage if you have not yet.',
  },
  {
    title: 'Redelivery booked',
    channel: null,
    body: 'Hi {{customer.name}}, a new delivery attempt for {{shipment.trackingNumber}} is booked. Expected delivery: {{shipment.eta}}.',
  },
  { title: 'Delivered – anything else?', channel: 'chat', body: 'Hi {{customer.name}}, tracking shows {{shipment.trackingNumber}} as delivered. Is there anything else I can help with?' },
  {
    title: 'Order confirmation resend',
    channel: 'email',
    body: 'Hi {{customer.name}},\n\nAs requested, here is the confirmation for order {{order.number}}. Let us know if anything looks wrong.\n\n{{agent.name}}',
  },
  { title: 'Closing – no reply', channel: null, body: 'Hi {{customer.name}}, we have not heard back, so we are closing this request. Just reply to reopen it.' },
  {
    title: 'Delivery rescheduled',
    channel: null,
    body: "Hi {{customer.name}},\n\nWe've rescheduled your delivery: {{shipment.carrier}} will now deliver {{shipment.trackingNumber}} on {{action.date}}, between {{action.window}}.\n\nBest regards,\nCustomer service",
  },
  {
    title: 'Delivery change refused',
    channel: null,
    body: "Hi {{customer.name}},\n\nWe couldn't change your delivery of {{shipment.trackingNumber}}: {{action.reason}}. We'll get back to you with other options.\n\nBest regards,\nCustomer service",
  },
];

type AutomationText = Omit<AutomationRow, 'id' | 'config'> & { config: (macroIds: readonly string[]) => Record<string, unknown> };

/** Proactive notifications; config refers to macros by index in demoMacros. */
export const demoAutomations: readonly AutomationText[] = [
  {
    name: 'Shipment delayed → notify the customer on their preferred channel',
    trigger: 'exception.opened',
    enabled: true,
    config: (m) => ({ exceptionTypes: ['delay', 'stale'], macroId: m[0], smsMacroId: m[1], respectQuietHours: true, throttleMinutes: 720 }),
  },
  {
    name: 'Customs hold → ask for documents',
    trigger: 'exception.opened',
    enabled: true,
    config: (m) => ({ exceptionTypes: ['customs_hold'], macroId: m[2], respectQuietHours: true, throttleMinutes: 1440 }),
  },
  {
    name: 'Failed delivery → offer redelivery',
    trigger: 'exception.opened',
    enabled: false,
    config: (m) => ({ exceptionTypes: ['failed_delivery'], macroId: m[4], respectQuietHours: true, throttleMinutes: 720 }),
  },
  {
    // The carrier's answer to a reschedule asked from a ticket is told on that ticket (issue #14).
    name: 'Delivery reschedule answered → tell the customer',
    trigger: 'shipment_action.settled',
    enabled: true,
    config: (m) => ({ actionKinds: ['reschedule'], outcomes: { accepted: m[8], refused: m[9], failed: null }, throttle: { perShipmentHours: 0, perCustomerPerDay: 10 } }),
  },
];

/** Routing on arrival (automations with trigger "ticket.routing"): first match by position wins. */
export const demoRoutingRules: readonly { name: string; position: number; conditions: RoutingConditions; team: DemoTeamKey; autoAssign: boolean }[] = [
  { name: 'Customs words → Customs & Compliance', position: 10, conditions: { keywords: ['customs', 'douane', 'zoll', 'aduana', 'import duty', 'EORI'] }, team: 'customs', autoAssign: true },
  { name: 'Pallets and LTL → Freight Desk', position: 20, conditions: { keywords: ['pallet', 'pallets', 'LTL', 'FTL', 'container', 'bill of lading'] }, team: 'freight', autoAssign: false },
  { name: 'Enterprise retail email → Freight Desk', position: 30, conditions: { channels: ['email'], segments: ['enterprise retail'] }, team: 'freight', autoAssign: false },
];
