import { and, eq } from 'drizzle-orm';
import { decideNotification, renderMacroFor, uuidv7, type AutomationConfig, type NotificationQueueArgs } from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';
import { automations } from '../store/schema';
import type { ShipmentTrigger } from './ShipmentTrigger';
import { chooseTeam } from './chooseTeam';
import { findTicketForShipment } from './findTicketForShipment';
import { loadNotificationInputs } from './loadNotificationInputs';
import { parseAutomation } from './parseAutomation';
import { storeDeferral } from './storeDeferral';
import type { RulesAudit, RulesWork } from './runRulesWrite';

const DAY = 86_400_000;

/**
 * Runs the enabled automations for a trigger (or just `onlyAutomationId`, for a deferral that
 * came due): decide each (hub reads: preferences, history, team), then one `notification.queue`
 * mutation (actor system:rules) renders the macros and queues the messages on the ticket about
 * the shipment (a new pending ticket when there is none); runRulesWrite commits it. The
 * message is sent after commit like any agent reply. Every skip is audited with its reason; a
 * deferral is stored in the same transaction (deferred_notifications) and counted in `value`.
 */
export async function notifyCustomer(tx: HubTx, trigger: ShipmentTrigger, now: number, onlyAutomationId: string | null): Promise<RulesWork<number>> {
  const { event } = trigger;
  const work: RulesWork<number> = { value: 0, changes: [], audit: [] };
  const rows = await tx.select().from(automations).where(and(eq(automations.trigger, event.trigger), eq(automations.enabled, true)));
  const candidates = rows.filter((r) => onlyAutomationId === null || r.id === onlyAutomationId);
  if (candidates.length === 0) return work;
  const [customer, shipment] = await Promise.all([loadRow(tx, 'customers', event.customerId), loadRow(tx, 'shipments', event.shipmentId)]);
  if (!customer || !shipment) return work;
  const audit = (action: string, automationId: string, detail: Record<string, unknown>): void => {
    work.audit.push(notificationAudit(action, automationId, { trigger: event.trigger, shipmentId: event.shipmentId, ...detail }));
  };
  const ticket = await findTicketForShipment(tx, shipment);
  const order = shipment.orderId ? await loadRow(tx, 'orders', shipment.orderId) : undefined;
  const ticketId = ticket?.id ?? uuidv7(now);
  let newTicket: NotificationQueueArgs['newTicket'] = null;
  const queued: NotificationQueueArgs['messages'] = [];

  for (const row of candidates) {
    const parsed = parseAutomation(row);
    if (!parsed.ok) {
      audit('notification.skipped', row.id, { reason: 'invalid_config', detail: parsed.reason });
      continue;
    }
    const automation: AutomationConfig = parsed.config;
    const { reachable, history } = await loadNotificationInputs(tx, customer, now - Math.max(DAY, automation.throttle.perShipmentMs));
    const decision = decideNotification({ event, automation, preferences: customer.preferences, reachable, history, now });
    if (decision.action === 'skip') {
      audit('notification.skipped', row.id, { reason: decision.reason });
      continue;
    }
    if (decision.action === 'defer') {
      await storeDeferral(tx, { trigger, automationId: row.id, until: decision.until }, now);
      work.value += 1;
      audit('notification.deferred', row.id, { until: decision.until, channel: decision.channel });
      continue;
    }
    const macro = await loadRow(tx, 'macros', automation.macroId);
    if (!macro) {
      audit('notification.skipped', row.id, { reason: 'macro_missing', macroId: automation.macroId });
      continue;
    }
    if (!ticket && !newTicket) {
      const teamId = await chooseTeam(tx, shipment.customerId);
      if (!teamId) {
        audit('notification.skipped', row.id, { reason: 'no_team' });
        continue;
      }
      newTicket = { subject: `${macro.title} — ${shipment.trackingNumber}`.slice(0, 500), teamId, channel: decision.channel };
    }
    const messageId = uuidv7(now);
    queued.push({ id: messageId, macroId: macro.id, channel: decision.channel });
    // The mutation renders the message; this preview only reports gaps (a new ticket's number is always filled).
    const preview = renderMacroFor(macro.body, { customer, shipment, order: order ?? null, ticket: ticket ?? { number: 0 } });
    audit('notification.sent', row.id, {
      messageId,
      ticketId,
      channel: decision.channel,
      unknownPlaceholders: preview.unknown,
      missingPlaceholders: preview.missing,
    });
  }
  if (queued.length > 0) {
    const args: NotificationQueueArgs = {
      shipmentId: shipment.id,
      customerId: shipment.customerId,
      orderId: shipment.orderId,
      ticketId,
      newTicket,
      messages: queued,
      exceptionId: trigger.exceptionId,
    };
    work.mutations = [{ name: 'notification.queue', args }];
  }
  return work;
}

function notificationAudit(action: string, automationId: string, detail: Record<string, unknown>): RulesAudit {
  return { action, entity: 'automations', entityId: automationId, detail };
}
