import { and, eq } from 'drizzle-orm';
import {
  decideNotification,
  macroValues,
  renderMacro,
  teamScope,
  ticketRowDefaults,
  uuidv7,
  type AutomationConfig,
  type MessageRow,
  type NotifiableChannel,
  type RowChange,
  type TicketRow,
} from '../../core';
import type { HubTx } from '../store/openStore';
import { loadRow } from '../store/rowStore';
import { automations } from '../store/schema';
import { allocateSequence } from '../write/allocateSequence';
import type { ShipmentTrigger } from './checkShipment';
import { chooseTeam } from './chooseTeam';
import { findTicketForShipment } from './findTicketForShipment';
import { loadNotificationInputs } from './loadNotificationInputs';
import { parseAutomation } from './parseAutomation';
import { storeDeferral } from './storeDeferral';
import type { RulesAudit, RulesWork } from './runRulesWrite';

const DAY = 86_400_000;

/**
 * Runs the enabled automations for a trigger (or just `onlyAutomationId`, for a deferral that
 * came due): decide, render the macro and put a queued outbound message on the ticket about
 * the shipment (a new pending ticket when there is none). The message is sent after commit
 * like any agent reply. Every skip is audited with its reason; a deferral is stored in the
 * same transaction (deferred_notifications) and counted in `value`.
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
  let ticket = await findTicketForShipment(tx, shipment);

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
    if (!ticket) {
      ticket = await newNotificationTicket(tx, shipment.customerId, shipment.id, shipment.orderId, `${macro.title} — ${shipment.trackingNumber}`, decision.channel, now);
      if (!ticket) {
        audit('notification.skipped', row.id, { reason: 'no_team' });
        continue;
      }
    }
    const order = shipment.orderId ? await loadRow(tx, 'orders', shipment.orderId) : undefined;
    const rendered = renderMacro(
      macro.body,
      macroValues(
        { customer, shipment, order: order ?? null, ticket },
        { language: customer.preferences.language, timeZone: customer.preferences.quietHours?.timeZone ?? 'UTC' },
      ),
    );
    const message = outboundMessage(ticket, decision.channel, rendered.text, now);
    ticket = { ...ticket, lastMessageAt: Math.max(ticket.lastMessageAt, now), updatedAt: now };
    work.changes.push({ op: 'upsert', entity: 'messages', id: message.id, scope: teamScope(ticket.teamId), row: message });
    audit('notification.sent', row.id, {
      messageId: message.id,
      ticketId: ticket.id,
      channel: decision.channel,
      unknownPlaceholders: rendered.unknown,
      missingPlaceholders: rendered.missing,
    });
  }
  if (ticket && work.changes.length > 0) {
    const ticketChange: RowChange = { op: 'upsert', entity: 'tickets', id: ticket.id, scope: teamScope(ticket.teamId), row: ticket };
    work.changes.unshift(ticketChange);
    await linkException(tx, trigger.exceptionId, ticket.id, work.changes);
  }
  return work;
}

function notificationAudit(action: string, automationId: string, detail: Record<string, unknown>): RulesAudit {
  return { action, entity: 'automations', entityId: automationId, detail };
}

function outboundMessage(ticket: TicketRow, channel: NotifiableChannel, body: string, now: number): MessageRow {
  return {
    id: uuidv7(now),
    ticketId: ticket.id,
    direction: 'outbound',
    channel,
    authorId: null,
    subject: channel === 'email' ? ticket.subject : null,
    body: body.trim().length > 0 ? body : '(empty message)',
    htmlBody: null,
    attachments: [],
    externalId: null,
    deliveryStatus: 'queued',
    createdAt: now,
  };
}

/** A ticket the hub opens to carry a proactive message: pending on the customer, first response given. */
async function newNotificationTicket(
  tx: HubTx,
  customerId: string,
  shipmentId: string,
  orderId: string | null,
  subject: string,
  channel: NotifiableChannel,
  now: number,
): Promise<TicketRow | null> {
  const teamId = await chooseTeam(tx, customerId);
  if (!teamId) return null;
  return {
    ...ticketRowDefaults(),
    id: uuidv7(now),
    number: await allocateSequence(tx, 'ticketNumber'),
    subject: subject.slice(0, 500),
    customerId,
    contactId: null,
    teamId,
    assigneeId: null,
    channel,
    status: 'pending',
    priority: 'normal',
    orderId,
    shipmentId,
    firstResponseDueAt: null,
    resolutionDueAt: null,
    firstRespondedAt: now,
    solvedAt: null,
    slaPausedAt: null,
    slaPausedMs: 0,
    mergedIntoId: null,
    createdAt: now,
    updatedAt: now,
    lastMessageAt: now,
  };
}

/** The exception that triggered the message now points at the ticket carrying it. */
async function linkException(tx: HubTx, exceptionId: string | null, ticketId: string, changes: RowChange[]): Promise<void> {
  if (!exceptionId) return;
  const pending = changes.find((c) => c.entity === 'exceptions' && c.id === exceptionId);
  const row = pending?.op === 'upsert' && pending.entity === 'exceptions' ? pending.row : await loadRow(tx, 'exceptions', exceptionId);
  if (!row || row.ticketId !== null) return;
  changes.push({ op: 'upsert', entity: 'exceptions', id: row.id, scope: teamScope(row.teamId), row: { ...row, ticketId } });
}
