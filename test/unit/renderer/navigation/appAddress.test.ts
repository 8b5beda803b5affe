import { describe, expect, it } from 'vitest';
import type { Address } from '../../../../src/renderer/app/navigation/Address';
import { addressOf } from '../../../../src/renderer/app/navigation/addressOf';
import { appAddress } from '../../../../src/renderer/app/navigation/appAddress';
import type { NavigationMemory } from '../../../../src/renderer/app/navigation/NavigationMemory';
import { rememberAddress } from '../../../../src/renderer/app/navigation/rememberAddress';
import { inboxPlaces } from '../../../../src/renderer/inbox/inboxPlaces';

const t = '0b7f1c52-6d1e-4f3a-9a55-1a2b3c4d5e6f';
const c = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const s = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';

describe('app addresses', () => {
  it('gives every ticket, customer, shipment, exception and article an address that reads back the same', () => {
    const addresses: Address[] = [
      { section: 'inbox', place: null, ticketId: null },
      { section: 'inbox', place: 'mine', ticketId: t },
      { section: 'inbox', place: 'status-pending', ticketId: null },
      { section: 'inbox', place: 'channel-email', ticketId: t },
      { section: 'inbox', place: null, ticketId: t },
      { section: 'customers', customerId: c, shipmentId: null },
      { section: 'customers', customerId: c, shipmentId: s },
      { section: 'exceptions', exceptionId: t },
      { section: 'knowledge', articleId: t },
      { section: 'dashboard' },
      { section: 'settings', page: null },
      { section: 'settings', page: 'teams' },
    ];
    for (const address of addresses) expect(appAddress.parse(appAddress.format(address))).toEqual(address);
    expect(appAddress.format({ section: 'inbox', place: null, ticketId: t })).toBe(`#/tickets/${t}`);
    expect(appAddress.format({ section: 'customers', customerId: c, shipmentId: s })).toBe(`#/customers/${c}/shipments/${s}`);
  });

  it('reads anything else as the inbox, and drops parts that are not ids or places', () => {
    expect(appAddress.parse('')).toEqual({ section: 'inbox', place: null, ticketId: null });
    expect(appAddress.parse('#token=abc')).toEqual({ section: 'inbox', place: null, ticketId: null });
    expect(appAddress.parse('#/nowhere/1')).toEqual({ section: 'inbox', place: null, ticketId: null });
    expect(appAddress.parse('#/inbox/bogus')).toEqual({ section: 'inbox', place: null, ticketId: null });
    expect(appAddress.parse('#/inbox/status-sleeping')).toEqual({ section: 'inbox', place: null, ticketId: null });
    expect(appAddress.parse('#/tickets/<script>')).toEqual({ section: 'inbox', place: null, ticketId: null });
    expect(appAddress.parse(`#/customers/${c}/orders/${s}`)).toEqual({ section: 'customers', customerId: c, shipmentId: null });
    expect(appAddress.parse('#/settings/passwords')).toEqual({ section: 'settings', page: null });
  });

  it('remembers each workspace’s open item while another is shown, and workspace links lead back to it', () => {
    const start: NavigationMemory = { place: 'all', ticketId: null, customerId: null, shipmentId: null, exceptionId: null, articleId: null, settingsPage: null };
    let memory = rememberAddress(start, appAddress.parse(`#/inbox/mine/${t}`));
    memory = rememberAddress(memory, appAddress.parse(`#/customers/${c}/shipments/${s}`));
    memory = rememberAddress(memory, appAddress.parse('#/settings/audit'));
    memory = rememberAddress(memory, appAddress.parse('#/dashboard'));
    expect(appAddress.format(addressOf('settings', memory))).toBe('#/settings/audit');
    expect(appAddress.format(addressOf('inbox', memory))).toBe(`#/inbox/mine/${t}`);
    expect(appAddress.format(addressOf('customers', memory))).toBe(`#/customers/${c}`);
    // A ticket's own address opens it in the view the agent was using.
    memory = rememberAddress(memory, appAddress.parse(`#/tickets/${c}`));
    expect(memory.place).toBe('mine');
    expect(memory.ticketId).toBe(c);
  });

  it('starts each inbox place from its own query', () => {
    expect(inboxPlaces.baseQuery('sla_breached')).toMatchObject({ view: 'sla_breached', sort: 'sla_due', status: [], channel: [] });
    expect(inboxPlaces.baseQuery('status-new')).toMatchObject({ view: 'all', status: ['new'], channel: [], sort: 'newest' });
    expect(inboxPlaces.baseQuery('channel-sms')).toMatchObject({ view: 'all', channel: ['sms'], status: [] });
  });
});
