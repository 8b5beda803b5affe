import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { messageRowDefaults, uuidv7, type AgentRow, type MacroRow, type OrderRow, type ShipmentRow } from '../../../../src/core';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { getComposerOptions } from '../../../../src/desktop/queries/knowledge/getComposerOptions';
import { listMacros } from '../../../../src/desktop/queries/knowledge/listMacros';
import { renderTicketMacro } from '../../../../src/desktop/queries/knowledge/renderTicketMacro';
import { suggestArticles } from '../../../../src/desktop/queries/knowledge/suggestArticles';
import { replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { kbArticleFixtures } from './kbArticleFixtures';

describe('reply composer queries on the replica', () => {
  const dir = tempDir();
  let store: LocalStore;
  let fx: ReturnType<typeof replicaFixtures>;
  let order: OrderRow;
  let shipment: ShipmentRow;
  const macro = (title: string, body: string, channel: MacroRow['channel'] = null): MacroRow => ({ id: uuidv7(), title, body, channel, ownerAgentId: null, archived: false });

  beforeEach(() => {
    fx = replicaFixtures();
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    order = { id: uuidv7(), customerId: fx.customer.id, number: 'SO-104233', status: 'shipped', lines: [], currency: 'EUR', total: 10, promisedDate: null, createdAt: fx.now, updatedAt: fx.now };
    shipment = {
      id: uuidv7(), orderId: order.id, customerId: fx.customer.id, carrier: 'DHL Express', trackingNumber: 'JD0146000031', mode: 'parcel',
      origin: 'Hamburg, DE', destination: 'Lyon, FR', promisedDate: null, eta: Date.UTC(2026, 10, 25, 14, 30), status: 'in_transit',
      lastEventAt: null, createdAt: fx.now, updatedAt: fx.now,
    };
    store.rows.put('teams', fx.team);
    store.rows.put('agents', fx.agent);
    store.rows.put('customers', { ...fx.customer, phone: '+49 40 1234567', preferences: { ...fx.customer.preferences, language: 'en-GB', quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' } } });
    store.rows.put('orders', order);
    store.rows.put('shipments', shipment);
    store.rows.put('tickets', { ...fx.ticket, orderId: order.id });
  });
  afterEach(() => store.close());
  afterAll(() => dir.remove());

  it("fills a macro from the ticket's customer, order's shipment and the signed-in agent", () => {
    const m = macro('Delay', 'Hi {{customer.name}}, {{shipment.trackingNumber}} ({{order.number}}, {{ticket.number}}) arrives {{ shipment.eta }}.\n{{agent.name}}');
    store.rows.put('macros', m);
    const out = renderTicketMacro(store.db, m.id, fx.ticket.id, fx.agent.id);
    // The day in Berlin, spelled out in the (English) macro's language with the customer's British region.
    expect(out).toMatchObject({
      text: 'Hi Nordwind Retail GmbH, JD0146000031 (SO-104233, #1001) arrives 25 November 2026.\nAna Agent',
      unknown: [],
      missing: [],
    });
    expect(out?.values).toMatchObject({ 'shipment.eta': '25 November 2026', 'agent.name': 'Ana Agent' });
    expect(out?.etaAt).toBe(shipment.eta);
  });

  it('leaves unknown and empty placeholders visible and reports them', () => {
    store.rows.put('tickets', { ...fx.ticket, orderId: null, shipmentId: null });
    const m = macro('Typo', 'Hi {{customer.nmae}}, ETA {{shipment.eta}} for {{customer.name}}.');
    store.rows.put('macros', m);
    expect(renderTicketMacro(store.db, m.id, fx.ticket.id, null)).toMatchObject({
      text: 'Hi {{customer.nmae}}, ETA {{shipment.eta}} for Nordwind Retail GmbH.',
      unknown: ['customer.nmae'],
      missing: ['shipment.eta'],
    });
    expect(renderTicketMacro(store.db, uuidv7(), fx.ticket.id, null)).toBeNull();
  });

  it("lists macros for the ticket's channel (or any) first", () => {
    store.rows.put('macros', macro('A SMS notice', 'x', 'sms'));
    store.rows.put('macros', macro('B email notice', 'x', 'email'));
    store.rows.put('macros', macro('C any channel', 'x'));
    expect(listMacros(store.db, fx.ticket.id).map((m) => m.title)).toEqual(['B email notice', 'C any channel', 'A SMS notice']);
    expect(listMacros(store.db).map((m) => m.title)).toEqual(['A SMS notice', 'B email notice', 'C any channel']);
  });

  it("offers the ticket's channel first, then the customer's other reachable channels, and teammates to mention", () => {
    const lead: AgentRow = { ...fx.agent, id: uuidv7(), name: 'Dana Lead', email: 'dana@relay.example', role: 'lead' };
    const other: AgentRow = { ...fx.agent, id: uuidv7(), teamId: uuidv7(), name: 'Otto Elsewhere', email: 'otto@relay.example' };
    store.rows.put('agents', lead);
    store.rows.put('agents', other);
    const options = getComposerOptions(store.db, fx.ticket.id, fx.agent.id);
    expect(options).toEqual({
      channels: [
        { channel: 'email', address: 'ops@nordwind.example' },
        { channel: 'sms', address: '+49 40 1234567' },
      ],
      defaultChannel: 'email',
      mentionable: [{ id: lead.id, name: 'Dana Lead' }],
      recipient: { name: 'Nordwind Retail GmbH', language: 'en-GB', quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Berlin' } },
    });
  });

  it("suggests articles matching the subject and the customer's last message, ignoring codes and filler", () => {
    const kb = kbArticleFixtures();
    for (const a of kb.all) store.rows.put('kb_articles', a);
    store.rows.put('tickets', { ...fx.ticket, subject: 'Parcel JD0146000031 stuck?' });
    const inbound = { ...messageRowDefaults(), ticketId: fx.ticket.id, direction: 'inbound' as const, channel: 'email' as const, authorId: null, deliveryStatus: 'received' as const };
    store.rows.put('messages', { ...inbound, id: uuidv7(), body: 'Where is my tracking update?', createdAt: fx.now });
    store.rows.put('messages', { ...inbound, id: uuidv7(), body: 'Hello, it is held at customs and they want an invoice.', createdAt: fx.now + 1 });
    const hits = suggestArticles(store, fx.ticket.id, 3);
    expect(hits[0]?.id).toBe(kb.customs.id);
    expect(hits).toHaveLength(3);
    store.rows.put('tickets', { ...fx.ticket, id: uuidv7(), subject: 'Hello, any news on 4711?' });
    expect(suggestArticles(store, uuidv7(), 3)).toEqual([]);
    const [quiet] = store.sqlite.prepare("SELECT id FROM tickets WHERE subject LIKE 'Hello%'").all() as { id: string }[];
    expect(suggestArticles(store, quiet!.id, 3)).toEqual([]);
  });
});
