import { afterAll, describe, expect, it } from 'vitest';
import { messageRowDefaults, teamScope, uuidv7, type MessageRow, type TicketRow } from '../../../../src/core';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { applyChangeRows } from '../../../../src/desktop/sync/applyChangeRows';
import { removeScopeRows } from '../../../../src/desktop/sync/removeScopeRows';
import { scopeEntities } from '../../../../src/desktop/sync/scopeEntities';
import { changeRows, replicaFixtures } from '../../../fixtures/desktop/replicaFixtures';
import { tempDir } from '../../../fixtures/desktop/tempDir';

describe('scope rows', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('lists each scope\'s entities parents first', () => {
    expect(scopeEntities('tenant')).toEqual([
      'teams',
      'agents',
      'customers',
      'contacts',
      'customer_duplicates',
      'orders',
      'invoices',
      'shipments',
      'tracking_events',
      'warehouse_events',
      'shipment_actions',
      'kb_articles',
      'macros',
      'automations',
      'sla_policies',
      'tag_defs',
      'field_defs',
      'saved_views',
    ]);
    expect(scopeEntities(teamScope(uuidv7()))).toEqual(['tickets', 'messages', 'exceptions', 'csat_responses']);
  });

  it('removes one team\'s tickets and their messages, leaving other teams and deletes applied', () => {
    const fx = replicaFixtures();
    const store = openLocalStore(dir.file('scopes.sqlite'));
    const otherTeam = uuidv7();
    const otherTicket: TicketRow = { ...fx.ticket, id: uuidv7(), teamId: otherTeam };
    const message = (ticketId: string): MessageRow => ({
      ...messageRowDefaults(),
      id: uuidv7(),
      ticketId,
      direction: 'inbound',
      channel: 'email',
      authorId: null,
      body: 'hi',
      deliveryStatus: 'received',
      createdAt: fx.now,
    });
    const mine = message(fx.ticket.id);
    const theirs = message(otherTicket.id);
    const gone = message(fx.ticket.id);
    store.state.setCursors({ [fx.scope]: 0, [teamScope(otherTeam)]: 0 });
    applyChangeRows(store, fx.actor, [
      ...changeRows(1, fx.scope, [{ entity: 'tickets', row: fx.ticket }, { entity: 'messages', row: mine }, { entity: 'messages', row: gone }]),
      ...changeRows(4, teamScope(otherTeam), [{ entity: 'tickets', row: otherTicket }, { entity: 'messages', row: theirs }]),
      ...changeRows(6, fx.scope, [{ entity: 'messages', id: gone.id, delete: true }]),
    ]);
    expect(store.rows.get('messages', gone.id)).toBeUndefined();
    expect(store.state.cursors()).toEqual({ [fx.scope]: 6, [teamScope(otherTeam)]: 5 });

    store.transaction(() => removeScopeRows(store, fx.scope));
    expect(store.rows.get('tickets', fx.ticket.id)).toBeUndefined();
    expect(store.rows.get('messages', mine.id)).toBeUndefined();
    expect(store.rows.get('tickets', otherTicket.id)).toEqual(otherTicket);
    expect(store.rows.get('messages', theirs.id)).toEqual(theirs);
    store.close();
  });
});
