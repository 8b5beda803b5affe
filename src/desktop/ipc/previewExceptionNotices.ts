import { exceptionNotifyChannel, macroFitsException, macroValues, renderMacro, type NoticePreview } from '../../core';
import type { HandlerContext } from './HandlerContext';
import { IpcFailure } from './IpcFailure';

const etaPlaceholder = /\{\{\s*shipment\.eta\s*\}\}/;

/**
 * What each selected exception's customer would read, rendered exactly as the notify mutation
 * renders it (their language, zone, the agent's name), with the facts the renderer warns about.
 * Mirrors planExceptionNotices' skips (same shipment twice, rows not synced) so the preview
 * lists the same recipients the send reaches.
 */
export function previewExceptionNotices(ctx: HandlerContext, ids: readonly string[], macroId: string): NoticePreview[] {
  const actor = ctx.session.actor();
  if (!actor) throw new IpcFailure('unauthorized', 'Sign in first.');
  const macro = ctx.store.rows.get('macros', macroId);
  if (!macro) throw new IpcFailure('invalid_input', 'That macro is not available any more; pick another.');
  const agent = ctx.store.rows.get('agents', actor.agentId);
  const template = agent ? macro.body.replace(/\{\{\s*agent\.name\s*\}\}/g, agent.name) : macro.body;
  const shipmentsSeen = new Set<string>();
  return [...new Set(ids)].map((id): NoticePreview => {
    const exception = ctx.store.rows.get('exceptions', id);
    const customer = exception ? ctx.store.rows.get('customers', exception.customerId) : undefined;
    const shipment = exception?.shipmentId ? ctx.store.rows.get('shipments', exception.shipmentId) : undefined;
    const name = customer?.name ?? 'Unknown customer';
    const facts: NoticePreview['facts'] = {
      customerName: name,
      channel: null,
      templateUsesEta: etaPlaceholder.test(macro.body),
      eta: shipment?.eta ?? null,
      exception: exception ? { type: exception.type, macroFits: macroFitsException(macro, exception.type) } : null,
      customerLanguage: customer?.preferences.language ?? 'en',
      quietHours: customer?.preferences.quietHours ?? null,
    };
    if (!exception || !customer || !shipment) {
      return { exceptionId: id, customerName: name, text: '', skipped: 'Its customer or shipment has not arrived in this replica yet.', facts };
    }
    const duplicate = shipmentsSeen.has(shipment.id);
    shipmentsSeen.add(shipment.id);
    const ticket = exception.ticketId ? ctx.store.rows.get('tickets', exception.ticketId) : undefined;
    const order = shipment.orderId ? ctx.store.rows.get('orders', shipment.orderId) : undefined;
    const locale = { language: customer.preferences.language, timeZone: customer.preferences.quietHours?.timeZone ?? 'UTC' };
    const rendered = renderMacro(template, macroValues({ customer, shipment, order: order ?? null, ticket: ticket ?? null }, locale));
    return {
      exceptionId: id,
      customerName: name,
      text: rendered.text,
      skipped: duplicate ? 'Same shipment as another selected exception: one message covers both.' : null,
      facts: { ...facts, channel: exceptionNotifyChannel(customer, ticket ?? { channel: customer.preferences.preferredChannel }, macro.channel) },
    };
  });
}
