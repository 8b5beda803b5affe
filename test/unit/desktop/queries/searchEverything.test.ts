import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { listCustomers } from '../../../../src/desktop/queries/customers/listCustomers';
import { searchEverything } from '../../../../src/desktop/queries/spotlight/searchEverything';
import { customer360Rows } from '../../../fixtures/desktop/customer360Rows';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('customer list and command palette search', () => {
  const dir = tempDir('relay-search-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  const world = customer360Rows();
  beforeAll(() => world.load(store));
  afterAll(() => {
    store.close();
    dir.remove();
  });

  const search = (query: string, limit = 5) => searchEverything(store.db, { query, limit });

  it('lists customers alphabetically with open-ticket counts, and filters by name or email', () => {
    const all = listCustomers(store.db, { query: '', limit: 300 });
    expect(all.total).toBe(2);
    expect(all.customers.map((c) => [c.name, c.openTickets])).toEqual([
      ['Alder Street Bakery Co.', 0],
      ['Nordwind Outdoor GmbH', 1],
    ]);
    expect(listCustomers(store.db, { query: 'NORDWIND-out', limit: 300 }).customers.map((c) => c.id)).toEqual([world.customer.id]);
    expect(listCustomers(store.db, { query: 'bakery', limit: 300 }).total).toBe(1);
    expect(listCustomers(store.db, { query: 'a', limit: 1 })).toMatchObject({ total: 2, customers: [{ name: 'Alder Street Bakery Co.' }] });
  });

  it('treats % and _ in the filter as plain characters', () => {
    expect(listCustomers(store.db, { query: '%', limit: 300 }).total).toBe(0);
    expect(search('_')).toEqual([]);
  });

  it('finds customers by part of the name or email, name prefixes first', () => {
    expect(search('nord').filter((h) => h.kind === 'customer')).toEqual([
      { kind: 'customer', id: world.customer.id, name: 'Nordwind Outdoor GmbH', email: 'logistics@nordwind-outdoor.example', customerKind: 'b2b', tier: 'platinum' },
    ]);
    expect(search('alderstreet').map((h) => h.kind === 'customer' && h.name)).toEqual(['Alder Street Bakery Co.']);
    expect(search('street bak')[0]).toMatchObject({ kind: 'customer', name: 'Alder Street Bakery Co.' });
  });

  it('finds tickets by number (with or without #) and by subject', () => {
    expect(search('1042').map((h) => h.kind)).toEqual(['ticket']);
    expect(search('#1042')[0]).toMatchObject({ kind: 'ticket', id: world.openTicket.id, number: 1042, customerName: 'Nordwind Outdoor GmbH' });
    expect(search('1001').filter((h) => h.kind === 'ticket').map((h) => h.id)).toEqual([world.oldTicket.id]);
    const bySubject = search('kassel');
    expect(bySubject.map((h) => h.kind)).toEqual(['ticket']);
  });

  it('finds shipments by tracking number or order number prefix, ignoring case and spaces', () => {
    expect(search('dhlf 0006')).toEqual([
      {
        kind: 'shipment',
        id: world.lateShipment.id,
        trackingNumber: 'DHLF00067890',
        carrier: 'DHL Freight',
        status: 'in_transit',
        orderNumber: 'SO-100300',
        customerId: world.customer.id,
        customerName: 'Nordwind Outdoor GmbH',
      },
    ]);
    // An identifier match outranks a ticket that merely mentions it.
    expect(search('so-1002').map((h) => (h.kind === 'shipment' ? h.trackingNumber : h.kind))).toEqual(['DHLF00012345', 'ticket']);
    expect(search('DHLF', 2).filter((h) => h.kind === 'shipment')).toHaveLength(2);
  });

  it('finds articles by title and answers nothing for blank or unmatched text', () => {
    expect(search('customs hold')).toEqual([{ kind: 'article', id: world.article.id, title: 'Customs hold: what the importer must send', category: 'Customs' }]);
    expect(search('   ')).toEqual([]);
    expect(search('no such thing anywhere')).toEqual([]);
  });

  it('searches identifiers and names through indexes', () => {
    const plan = (query: string) =>
      (store.sqlite.prepare(`explain query plan ${query}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`select id from customers where lower(name) >= 'a' and lower(name) < 'b' order by lower(name) limit 5`)).toMatch(/USING INDEX customers_name_idx/);
    expect(plan(`select id from shipments where tracking_number >= 'A' and tracking_number < 'B' limit 5`)).toMatch(/USING (COVERING )?INDEX shipments_tracking_idx/);
    expect(plan(`select id from tickets where number = 5`)).toMatch(/USING INDEX tickets_number_idx/);
  });
});
