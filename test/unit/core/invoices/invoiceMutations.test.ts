import { describe, expect, it } from 'vitest';
import { invoicePdfKey, uuidv7, type Actor, type AnyRow, type InvoiceRow, type RowChange, type SystemActor } from '../../../../src/core';
import { coreFixtures } from '../fixtures';
import { rejectionOf } from '../rejectionOf';
import { runCoreMutation } from '../runCoreMutation';

const ingest: SystemActor = { kind: 'system', systemId: 'system:ingest' };
const f = coreFixtures();
const at = f.now;
const run = (name: string, args: unknown, db: AnyRow[], actor: Actor): RowChange[] => runCoreMutation(name, args, db, { actor, now: at, sequences: {} });

const invoiceId = uuidv7(at);
const pdf = { name: 'INV-1.pdf', contentType: 'application/pdf' as const, size: 700, storageKey: invoicePdfKey(invoiceId, 'ab'.repeat(32)) };
const known: InvoiceRow = {
  id: invoiceId, customerId: f.customer.id, number: 'INV-1', orderNumbers: ['SO-1'], status: 'open', currency: 'EUR',
  amountMinor: 10_000, paidMinor: 0, issuedAt: at - 1e8, dueAt: at + 1e8, pdf, createdAt: at - 1e8, updatedAt: at - 1e8,
};
const item = (over: Record<string, unknown> = {}) => ({
  invoiceId, customerId: f.customer.id, number: 'INV-1', orderNumbers: ['SO-1'], status: 'open', currency: 'EUR', amountMinor: 10_000, issuedAt: at - 1e8, dueAt: at + 1e8, ...over,
});

describe('invoice.upsert (system:ingest only)', () => {
  it('updates a known invoice in place: keeps id, creation time and PDF; paid means paid in full', () => {
    const changes = run('invoice.upsert', { invoices: [item({ status: 'paid' })], newCustomers: [] }, [known], ingest);
    expect(changes).toEqual([{ op: 'upsert', entity: 'invoices', id: invoiceId, scope: 'tenant', row: { ...known, status: 'paid', paidMinor: 10_000, updatedAt: at } }]);
  });

  it('writes a number sent twice in one delivery once, in its final state', () => {
    const changes = run('invoice.upsert', { invoices: [item(), item({ status: 'partially_paid', paidMinor: 4_000 })], newCustomers: [] }, [], ingest);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.row).toMatchObject({ status: 'partially_paid', paidMinor: 4_000, pdf: null, createdAt: at });
  });

  it('refuses a PDF stored under another invoice’s key, and every caller but ingest', () => {
    const foreign = { ...pdf, storageKey: invoicePdfKey(uuidv7(at), 'cd'.repeat(32)) };
    expect(rejectionOf(() => run('invoice.upsert', { invoices: [item({ pdf: foreign })], newCustomers: [] }, [], ingest)).code).toBe('invalid_args');
    expect(rejectionOf(() => run('invoice.upsert', { invoices: [item()], newCustomers: [] }, [], f.admin)).code).toBe('forbidden');
    expect(rejectionOf(() => run('invoice.upsert', { invoices: [item()], newCustomers: [] }, [], { kind: 'system', systemId: 'system:rules' })).code).toBe('forbidden');
  });
});

describe('message.send with an invoice PDF by reference', () => {
  const reply = (storageKey: string) => ({ id: uuidv7(at), ticketId: f.ticket.id, kind: 'reply', body: 'Your invoice is attached.', attachments: [{ ...pdf, storageKey }] });

  it('attaches the invoice’s current PDF without an upload', () => {
    const changes = run('message.send', reply(pdf.storageKey), [f.ticket, known], f.agentA);
    expect(changes.find((c) => c.entity === 'messages')?.row).toMatchObject({ attachments: [pdf] });
  });

  it('refuses a key of an unknown invoice or an outdated PDF', () => {
    expect(rejectionOf(() => run('message.send', reply(pdf.storageKey), [f.ticket], f.agentA)).code).toBe('not_found');
    const stale = invoicePdfKey(invoiceId, 'ef'.repeat(32));
    expect(rejectionOf(() => run('message.send', reply(stale), [f.ticket, known], f.agentA)).message).toMatch(/not on the hub/);
  });
});
