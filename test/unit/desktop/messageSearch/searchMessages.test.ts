import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7, type MessageRow } from '../../../../src/core';
import type { MarkedText } from '../../../../src/core/contract/channels/knowledgeChannels';
import { openLocalStore, type LocalStore } from '../../../../src/desktop/db/localStore';
import { messageMatchQuery } from '../../../../src/desktop/queries/messages/messageMatchQuery';
import { searchMessages } from '../../../../src/desktop/queries/messages/searchMessages';
import { tempDir } from '../../../fixtures/desktop/tempDir';
import { sampleCustomer, sampleTicket } from '../../../fixtures/sampleRows';

function marked(t: MarkedText | null | undefined): string[] {
  return t ? t.marks.map(([s, e]) => t.text.slice(s, e)) : [];
}

describe('full-text search inside messages on the replica (FTS5)', () => {
  const dir = tempDir();
  let store: LocalStore;
  let ticketId: string;
  let otherTicketId: string;
  const now = Date.UTC(2026, 11, 7);

  function message(ticket: string, body: string, extra: Partial<MessageRow> = {}): MessageRow {
    const row: MessageRow = {
      id: uuidv7(),
      ticketId: ticket,
      direction: 'inbound',
      channel: 'email',
      authorId: null,
      subject: null,
      body,
      htmlBody: null,
      attachments: [],
      externalId: null,
      call: null,
      cc: [],
      bcc: [],
      mentions: [],
      deliveryStatus: 'received',
      createdAt: now,
      ...extra,
    };
    store.rows.put('messages', row);
    return row;
  }

  beforeEach(() => {
    store = openLocalStore(dir.file(`${uuidv7()}.sqlite`));
    const customer = sampleCustomer(now);
    store.rows.put('customers', customer);
    const ticket = sampleTicket(now, customer.id, uuidv7());
    const other = { ...sampleTicket(now, customer.id, ticket.teamId), number: 1002, subject: 'Invoice question' };
    store.rows.put('tickets', ticket);
    store.rows.put('tickets', other);
    ticketId = ticket.id;
    otherTicketId = other.id;
  });
  afterEach(() => store.close());
  afterAll(() => dir.remove());

  const search = (q: string) => searchMessages(store, q, 20);

  it('finds a UPS tracking number inside a body as one token, with its ticket and a highlighted snippet', () => {
    const hit = message(ticketId, 'Hello, my parcel 1Z999AA10123456784 has not moved since Monday. Please check.');
    message(otherTicketId, 'Parcel 1Z999AA10123456785 arrived fine, thanks.');
    const hits = search('1Z999AA10123456784');
    expect(hits.map((h) => h.messageId)).toEqual([hit.id]);
    expect(hits[0]).toMatchObject({ ticketId, ticketNumber: 1001, customerName: 'Nordwind Retail GmbH', source: 'replica' });
    expect(marked(hits[0]?.snippet)).toEqual(['1Z999AA10123456784']);
  });

  it('matches an order number with a dash whole, and its digits alone, but not the digits elsewhere', () => {
    const order = message(ticketId, 'About order SO-104233: two cartons were damaged.');
    message(otherTicketId, 'SO 999 and 104233 appear here apart: so what about 104233?');
    expect(search('SO-104233').map((h) => h.messageId)).toEqual([order.id]);
    expect(marked(search('SO-104233')[0]?.snippet)).toEqual(['SO-104233']);
    expect(search('104233 ').map((h) => h.messageId).sort()).toHaveLength(2);
    expect(search('so-104233 damaged').map((h) => h.messageId)).toEqual([order.id]);
  });

  it('ranks a subject match above a body mention, and marks the subject', () => {
    const body = message(otherTicketId, 'By the way, customs asked about the invoice.', { createdAt: now + 1000 });
    const subject = message(ticketId, 'Our shipment is stuck.', { subject: 'Customs hold in Rotterdam' });
    const hits = search('customs');
    expect(hits.map((h) => h.messageId)).toEqual([subject.id, body.id]);
    expect(marked(hits[0]?.subject)).toEqual(['Customs']);
  });

  it('matches the last term as a prefix while typing, and quotes FTS syntax as text', () => {
    const m = message(ticketId, 'The pallet was refused at the dock.');
    expect(search('pall').map((h) => h.messageId)).toEqual([m.id]);
    expect(search('pall ')).toEqual([]);
    expect(search('"pallet" NEAR( OR: -')).toEqual([]);
    expect(search('pallet OR')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(messageMatchQuery('SO-104233 dock', { prefixLast: true })).toBe('"so 104233" AND "dock"*');
  });

  it('keeps the index in step with edits and deletions, and ignores delivery status updates', () => {
    const m = message(ticketId, 'Original text about a forklift.', { direction: 'outbound', deliveryStatus: 'queued' });
    store.rows.put('messages', { ...m, deliveryStatus: 'delivered' });
    expect(search('forklift').map((h) => h.messageId)).toEqual([m.id]);
    store.rows.put('messages', { ...m, body: 'Edited text about a crane.' });
    expect(search('forklift')).toEqual([]);
    expect(search('crane')[0]?.direction).toBe('outbound');
    store.rows.remove('messages', m.id);
    expect(search('crane')).toEqual([]);
    const integrity = () => store.sqlite.prepare("INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)").run();
    expect(integrity).not.toThrow();
  });

  it('ranks a word found in hundreds of messages among its newest matches, still filling the page', () => {
    for (let i = 0; i < 450; i++) message(ticketId, `Pallet note number ${i}`, { createdAt: now + i });
    const newest = message(otherTicketId, 'Reply about the order.', { subject: 'Pallet pickup', createdAt: now + 1000 });
    const hits = search('pallet ');
    expect(hits).toHaveLength(20);
    expect(hits[0]?.messageId).toBe(newest.id);
    // Whole words first, then the typed prefix fills up: "pal" finds the same page.
    expect(search('pal').map((h) => h.messageId)).toHaveLength(20);
  });
});
