import { afterAll, describe, expect, it } from 'vitest';
import { labelDefId, uuidv7, type TicketRow } from '../../../../src/core';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { countTickets } from '../../../../src/desktop/queries/tickets/countTickets';
import { listNewTicketOptions } from '../../../../src/desktop/queries/tickets/listNewTicketOptions';
import { listTickets } from '../../../../src/desktop/queries/tickets/listTickets';
import type { TicketViewer } from '../../../../src/desktop/queries/tickets/ticketFilterWhere';
import { sampleCustomer, sampleTicket } from '../../../fixtures/sampleRows';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const now = Date.UTC(2026, 11, 7, 12, 0);

describe('inbox filters by tags and custom fields (replica)', () => {
  const dir = tempDir('relay-labels-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  afterAll(() => {
    store.close();
    dir.remove();
  });
  const team = uuidv7(1);
  const customer = sampleCustomer(now);
  const viewer: TicketViewer = { agentId: null, teamId: team, now, slaAtRiskMs: 3_600_000 };
  const ticket = (subject: string, fields: Partial<TicketRow>): TicketRow => ({ ...sampleTicket(now, customer.id, team), subject, ...fields });
  const crushed = ticket('Crushed pallet', { tags: ['claim', 'damaged'], fields: { damage_reason: 'Crushed', claim_amount: 420.5 } });
  const wet = ticket('Wet cartons', { tags: ['claim'], fields: { damage_reason: 'Wet', pro_number: 'PRO-77', checks: ['photos', 'bol'] } });
  const vip = ticket('VIP pickup', { tags: ['vip'] });
  store.transaction(() => {
    store.rows.put('customers', customer);
    for (const t of [crushed, wet, vip]) store.rows.put('tickets', t);
    store.rows.put('tag_defs', { id: labelDefId('tag', 'vip'), name: 'vip', colour: 'grape', updatedAt: now });
  });
  const subjects = (filter: Omit<Parameters<typeof listTickets>[1], 'limit'>) => listTickets(store.db, { ...filter, limit: 100 }, viewer).map((t) => t.subject).sort();

  it('keeps tickets carrying any of the tags, and counts the same', () => {
    expect(subjects({ view: 'all', tags: ['damaged', 'vip'] })).toEqual(['Crushed pallet', 'VIP pickup']);
    expect(countTickets(store.db, { view: 'all', tags: ['claim'] }, viewer).matching).toBe(2);
  });

  it('keeps tickets whose fields have every value asked for (a list field includes it)', () => {
    expect(subjects({ view: 'all', fields: { damage_reason: 'Wet' } })).toEqual(['Wet cartons']);
    expect(subjects({ view: 'all', fields: { claim_amount: 420.5 } })).toEqual(['Crushed pallet']);
    expect(subjects({ view: 'all', fields: { checks: 'bol', pro_number: 'PRO-77' } })).toEqual(['Wet cartons']);
    expect(subjects({ view: 'all', fields: { damage_reason: 'Wet' }, tags: ['vip'] })).toEqual([]);
  });

  it('offers defined tags and tags in use, most used first', () => {
    const options = listNewTicketOptions(store.db, null);
    expect(options.tagDefs.map((t) => t.name)).toEqual(['vip']);
    expect(options.usedTags).toEqual(['claim', 'damaged', 'vip']);
  });
});
