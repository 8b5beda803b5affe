import { and, eq, inArray } from 'drizzle-orm';
import {
  automationMacroId,
  decideNotification,
  newTicketRow,
  renderMacroFor,
  uuidv7,
  type AutomationConfig,
  type AutomationRow,
  type CustomerRow,
  type MacroRow,
  type NotificationQueueArgs,
  type OrderRow,
  type ShipmentActionRow,
  type ShipmentRow,
  type TicketRow,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRows } from '../store/loadRows';
import { automations } from '../store/schema';
import type { ShipmentTrigger } from './ShipmentTrigger';
import type { Deferral } from './Deferral';
import { loadCustomerReach } from './loadCustomerReach';
import { loadTicketFinder } from './loadTicketFinder';
import { notificationMessageId } from './notificationMessageId';
import { parseAutomation } from './parseAutomation';
import { storeDeferrals } from './storeDeferrals';
import type { RulesAudit, RulesWork } from './runRulesWrite';

const DAY = 86_400_000;

/**
 * Runs the enabled automations for many triggers at once (or just `onlyAutomationId`, for a
 * deferral that came due): every hub read the decisions need — automations, customers,
 * shipments, orders, macros, the tickets about the shipments, reachability, history, owning
 * team — in a few set-based queries, then each trigger decided IN ORDER in memory, each seeing
 * what the earlier ones queued (their tickets, their messages in the throttle history), as
 * one-at-a-time runs would. Each trigger that sends becomes one `notification.queue` call
 * (system:rules) carrying its `notification.sent` audit entries, written only if the call is
 * accepted; skips are audited with their reason; deferrals are stored (deferred_notifications)
 * and counted in `value`. The messages are sent after commit like any agent reply.
 */
export async function notifyCustomers(tx: HubTx, triggers: readonly ShipmentTrigger[], now: number, onlyAutomationId: string | null): Promise<RulesWork<number>> {
  const work: RulesWork<number> = { value: 0, changes: [], audit: [], mutations: [] };
  if (triggers.length === 0) return work;
  const names = [...new Set(triggers.map((t) => t.event.trigger))];
  const rows: AutomationRow[] = await tx.select().from(automations).where(and(inArray(automations.trigger, names), eq(automations.enabled, true)));
  const byTrigger = new Map<string, AutomationRow[]>();
  for (const row of rows) if (onlyAutomationId === null || row.id === onlyAutomationId) byTrigger.set(row.trigger, [...(byTrigger.get(row.trigger) ?? []), row]);
  const live = triggers.filter((t) => (byTrigger.get(t.event.trigger)?.length ?? 0) > 0);
  if (live.length === 0) return work;

  const parsed = new Map(rows.map((r) => [r.id, parseAutomation(r)]));
  const macroIds = [...new Set([...parsed.values()].flatMap((p) => (p.ok ? [p.config.macroId, ...Object.values(p.config.macroByOutcome ?? {})] : [])))];
  const shipmentIds = [...new Set(live.map((t) => t.event.shipmentId))];
  const customerIds = [...new Set(live.map((t) => t.event.customerId))];
  // A settled shipment action is told on the ticket it was asked from, with its own details.
  const askedOn = [...new Set(live.flatMap((t) => (t.ticketId ? [t.ticketId] : [])))];
  const actionIds = [...new Set(live.flatMap((t) => (t.event.shipmentActionId ? [t.event.shipmentActionId] : [])))];
  const [shipmentRows, customerRows, macroRows, askedRows, actionRows] = await Promise.all([
    loadRows(tx, shipmentIds.map((id) => ({ entity: 'shipments', id }))),
    loadRows(tx, customerIds.map((id) => ({ entity: 'customers', id }))),
    loadRows(tx, macroIds.map((id) => ({ entity: 'macros', id }))),
    loadRows(tx, askedOn.map((id) => ({ entity: 'tickets', id }))),
    loadRows(tx, actionIds.map((id) => ({ entity: 'shipment_actions', id }))),
  ]);
  const shipments = byId(shipmentRows as (ShipmentRow | undefined)[]);
  const customers = byId(customerRows as (CustomerRow | undefined)[]);
  const macros = byId(macroRows as (MacroRow | undefined)[]);
  const askedTickets = byId(askedRows as (TicketRow | undefined)[]);
  const actions = byId(actionRows as (ShipmentActionRow | undefined)[]);
  const orderIds = [...new Set([...shipments.values()].flatMap((s) => (s.orderId ? [s.orderId] : [])))];
  const widest = Math.max(DAY, ...[...parsed.values()].map((p) => (p.ok ? p.config.throttle.perShipmentMs : 0)));
  const [orderRows, finder, reach] = await Promise.all([
    loadRows(tx, orderIds.map((id) => ({ entity: 'orders', id }))),
    loadTicketFinder(tx, [...shipments.values()]),
    loadCustomerReach(tx, [...customers.values()], now - widest),
  ]);
  const orders = byId(orderRows as (OrderRow | undefined)[]);
  const deferrals: Deferral[] = [];

  for (const trigger of live) {
    const { event } = trigger;
    const customer = customers.get(event.customerId);
    const shipment = shipments.get(event.shipmentId);
    if (!customer || !shipment) continue;
    const audit = (action: string, automationId: string, detail: Record<string, unknown>): RulesAudit => ({
      action,
      entity: 'automations',
      entityId: automationId,
      detail: { trigger: event.trigger, shipmentId: event.shipmentId, ...detail },
    });
    const asked = trigger.ticketId ? askedTickets.get(trigger.ticketId) : undefined;
    // A merged ticket's thread moved on: the rules find the live one about the shipment instead.
    const ticket = asked && asked.mergedIntoId === null ? asked : finder.match(shipment);
    const action = event.shipmentActionId ? (actions.get(event.shipmentActionId) ?? null) : null;
    const order = shipment.orderId ? (orders.get(shipment.orderId) ?? null) : null;
    const ticketId = ticket?.id ?? uuidv7(now);
    let newTicket: NotificationQueueArgs['newTicket'] = null;
    const queued: NotificationQueueArgs['messages'] = [];
    const sentAudit: RulesAudit[] = [];
    const texts: string[] = [];
    for (const row of byTrigger.get(event.trigger) ?? []) {
      const result = parsed.get(row.id)!;
      if (!result.ok) {
        work.audit.push(audit('notification.skipped', row.id, { reason: 'invalid_config', detail: result.reason }));
        continue;
      }
      const automation: AutomationConfig = result.config;
      const since = now - Math.max(DAY, automation.throttle.perShipmentMs);
      const history = reach.history.filter((h) => h.customerId === customer.id && h.sentAt > since);
      const reachable = reach.reachable.get(customer.id) ?? new Set();
      const decision = decideNotification({ event, automation, preferences: customer.preferences, reachable, history, now });
      if (decision.action === 'skip') {
        work.audit.push(audit('notification.skipped', row.id, { reason: decision.reason }));
        continue;
      }
      if (decision.action === 'defer') {
        deferrals.push({ trigger, automationId: row.id, until: decision.until });
        work.value += 1;
        work.audit.push(audit('notification.deferred', row.id, { until: decision.until, channel: decision.channel }));
        continue;
      }
      const macroId = automationMacroId(automation, event) ?? automation.macroId;
      const macro = macros.get(macroId);
      if (!macro) {
        work.audit.push(audit('notification.skipped', row.id, { reason: 'macro_missing', macroId }));
        continue;
      }
      if (!ticket && !newTicket) {
        const teamId = reach.team.get(customer.id) ?? null;
        if (!teamId) {
          work.audit.push(audit('notification.skipped', row.id, { reason: 'no_team' }));
          continue;
        }
        newTicket = { subject: `${macro.title} — ${shipment.trackingNumber}`.slice(0, 500), teamId, channel: decision.channel };
      }
      const messageId = notificationMessageId(event.shipmentActionId, row.id, now);
      queued.push({ id: messageId, macroId: macro.id, channel: decision.channel });
      // Later decisions of this round see this message in the throttle history.
      reach.history.push({ customerId: customer.id, shipmentId: shipment.id, sentAt: now });
      // The mutation renders the message; this preview only reports gaps (a new ticket's number is always filled).
      const preview = renderMacroFor(macro.body, { customer, shipment, order, ticket: ticket ?? { number: 0 }, action });
      texts.push(preview.text);
      sentAudit.push(
        audit('notification.sent', row.id, { messageId, ticketId, channel: decision.channel, unknownPlaceholders: preview.unknown, missingPlaceholders: preview.missing }),
      );
    }
    if (queued.length === 0) continue;
    const args: NotificationQueueArgs = { shipmentId: shipment.id, customerId: shipment.customerId, orderId: shipment.orderId, ticketId, newTicket, messages: queued, exceptionId: trigger.exceptionId, shipmentActionId: action?.id ?? null };
    work.mutations!.push({ name: 'notification.queue', args, audit: sentAudit });
    // What the call will leave behind, for the later triggers of this round.
    const after = newTicket
      ? newTicketRow({ id: ticketId, number: null, subject: newTicket.subject, customerId: shipment.customerId, teamId: newTicket.teamId, channel: newTicket.channel, status: 'pending', orderId: shipment.orderId, shipmentId: shipment.id, now })
      : { ...ticket!, updatedAt: now, lastMessageAt: Math.max(ticket!.lastMessageAt, now) };
    finder.remember(after, [...(newTicket ? [newTicket.subject] : []), ...texts]);
    reach.team.set(customer.id, after.teamId);
    if (newTicket && (newTicket.channel === 'chat' || newTicket.channel === 'social')) reach.reachable.get(customer.id)?.add(newTicket.channel);
  }
  await storeDeferrals(tx, deferrals, now);
  return work;
}

function byId<T extends { id: string }>(rows: readonly (T | undefined)[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const row of rows) if (row) map.set(row.id, row);
  return map;
}
