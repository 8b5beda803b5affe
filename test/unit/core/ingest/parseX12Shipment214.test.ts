import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseX12Shipment214, trackingEventsFromX12 } from '../../../../src/core/ingest';

const sample = (name: string): string => readFileSync(new URL(`../../../fixtures/ingest/${name}`, import.meta.url), 'latin1');

describe('parseX12Shipment214', () => {
  it('reads envelope, B10, L11 and every LX/AT7 with MS1/MS2 from a clean interchange', () => {
    const parsed = parseX12Shipment214(sample('x12-214-basic.edi'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { interchange } = parsed;
    expect(interchange.errors).toEqual([]);
    expect(interchange).toMatchObject({ sender: 'ABFS', receiver: 'RELAY', controlNumber: '000000905' });
    expect(interchange.transactions.map((t) => t.trackingNumber)).toEqual(['PRO778812', 'PRO778813']);
    const [first] = interchange.transactions;
    expect(first?.scac).toBe('ABFS');
    expect(first?.shipmentId).toBe('BOL-5521');
    expect(first?.references).toEqual([
      { qualifier: 'PO', value: 'SO-1001' },
      { qualifier: 'BM', value: 'BOL-5521' },
    ]);
    expect(first?.events.map((e) => [e.lx, e.statusCode, e.reasonCode, e.status, e.location])).toEqual([
      ['1', 'AF', 'NS', 'picked_up', 'CHICAGO, IL, US'],
      ['2', 'X6', 'NS', 'in_transit', 'INDIANAPOLIS, IN, US'],
      ['3', 'SD', 'AO', 'delayed', 'COLUMBUS, OH, US'],
    ]);
    expect(first?.events[0]?.equipment).toEqual({ scac: 'ABFS', number: 'TRL4411' });
    // 08:30 Eastern (ET read as UTC-5) = 13:30 UTC; 14:15 UT stays.
    expect(new Date(first!.events[0]!.occurredAt!).toISOString()).toBe('2026-11-21T13:30:00.000Z');
    expect(new Date(first!.events[1]!.occurredAt!).toISOString()).toBe('2026-11-22T14:15:00.000Z');
    const delivered = interchange.transactions[1]!.events[0]!;
    expect(delivered).toMatchObject({ status: 'delivered', flagged: false, localTime: true });
  });

  it('detects other delimiters from ISA and keeps unknown codes as unknown + flagged', () => {
    const parsed = parseX12Shipment214(sample('x12-214-unknown-codes.edi'));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.interchange.errors).toEqual([]);
    const events = parsed.interchange.transactions[0]!.events;
    expect(events.map((e) => [e.statusCode, e.reasonCode, e.status, e.flagged])).toEqual([
      ['ZZ', 'NS', 'unknown', true],
      ['X1', 'Q9', 'out_for_delivery', true],
      ['A7', 'BS', 'refused', false],
    ]);
    expect(events[0]?.location).toBe('TOLEDO, OH, US');
    const normalised = trackingEventsFromX12(parsed.interchange);
    expect(normalised[0]).toMatchObject({ carrier: 'ABFS', trackingNumber: 'PRO778812', rawCode: 'ZZ', status: 'unknown', flagged: true, source: 'x12_214' });
  });

  it('reports malformed segments by index and keeps what it can read', () => {
    const parsed = parseX12Shipment214(sample('x12-214-malformed.edi'));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { errors, transactions } = parsed.interchange;
    const byIndex = new Map(errors.map((e) => [e.index, e.reason]));
    expect(byIndex.get(5)).toMatch(/MS1 without a preceding AT7/);
    expect(byIndex.get(6)).toMatch(/neither AT7-01/);
    expect(byIndex.get(7)).toMatch(/out of range|does not exist/);
    expect(byIndex.get(10)).toMatch(/SE-01 says 99 segments/);
    expect(errors.some((e) => /not closed by IEA/.test(e.reason))).toBe(true);
    // The bad-date event is kept without a time; the good one keeps its location.
    expect(transactions[0]?.events.map((e) => [e.statusCode, e.occurredAt === null, e.location])).toEqual([
      ['X4', true, null],
      ['P1', false, 'MEMPHIS, TN, US'],
    ]);
  });

  it('tolerates whitespace and fails clearly without an ISA', () => {
    expect(parseX12Shipment214('  \n GS*QM~')).toEqual({ ok: false, reason: expect.stringMatching(/must start with an ISA/) });
    expect(parseX12Shipment214('ISA*00*short~')).toEqual({ ok: false, reason: expect.stringMatching(/truncated/) });
    const spaced = sample('x12-214-basic.edi').replace(/~\n/g, '~\r\n\r\n   ');
    const parsed = parseX12Shipment214(spaced);
    expect(parsed.ok && parsed.interchange.errors).toEqual([]);
  });

  it('skips a non-214 transaction set with a reason', () => {
    const text = sample('x12-214-basic.edi').replace('ST*214*0002', 'ST*210*0002');
    const parsed = parseX12Shipment214(text);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.interchange.transactions).toHaveLength(1);
    expect(parsed.interchange.errors[0]?.reason).toMatch(/210 is not a 214/);
  });
});
