import { describe, expect, it } from 'vitest';
import { parseX12Shipment214, trackingEventsFromX12, x12ShipmentReferences, type X12Shipment214 } from '../../../../src/core/ingest';

const shipment = (over: Partial<X12Shipment214>): X12Shipment214 => ({
  controlNumber: '0001',
  trackingNumber: 'PRO1',
  shipmentId: null,
  scac: 'ABFS',
  references: [],
  events: [],
  ...over,
});

/** A one-set 214 whose B10 names a reference the hub does not know; L11s carry the real ones. */
const interchange = (l11: string[]): string =>
  [
    'ISA*00*          *00*          *ZZ*ABFS           *ZZ*RELAY          *261123*1405*U*00401*000000906*0*P*>',
    'GS*QM*ABFS*RELAY*20261123*1405*906*X*004010',
    'ST*214*0001',
    'B10*CARRIER-INTERNAL-9*BOL-7781*ABFS',
    ...l11,
    'LX*1',
    'AT7*X6*NS***20261122*1415*UT',
    `SE*${5 + l11.length}*0001`,
    'GE*1*906',
    'IEA*1*000000906',
  ].join('~\n') + '~';

describe('x12ShipmentReferences: what a 214 is matched by when B10-01 is unknown', () => {
  it('L11 tracking-like references first (segment order), then B10-02, then L11 order numbers', () => {
    const refs = x12ShipmentReferences(
      shipment({
        shipmentId: 'BOL-5521',
        references: [
          { qualifier: 'PO', value: 'SO-1001' },
          { qualifier: 'BM', value: 'BOL-9' },
          { qualifier: 'CN', value: 'PRO-778' },
          { qualifier: 'ZZ', value: 'mystery' },
          { qualifier: '2I', value: '1Z999' },
        ],
      }),
    );
    expect(refs).toEqual([
      { kind: 'tracking', value: 'BOL-9', source: 'L11 BM' },
      { kind: 'tracking', value: 'PRO-778', source: 'L11 CN' },
      { kind: 'tracking', value: '1Z999', source: 'L11 2I' },
      { kind: 'tracking', value: 'BOL-5521', source: 'B10-02' },
      { kind: 'order', value: 'SO-1001', source: 'L11 PO' },
    ]);
  });

  it('never repeats B10-01 or a value already listed; qualifiers are case-insensitive', () => {
    const refs = x12ShipmentReferences(
      shipment({
        shipmentId: 'BOL-1',
        references: [
          { qualifier: 'cn', value: 'PRO1' },
          { qualifier: 'BM', value: 'BOL-1' },
          { qualifier: 'po', value: 'SO-7' },
          { qualifier: 'OQ', value: 'SO-7' },
        ],
      }),
    );
    expect(refs).toEqual([
      { kind: 'tracking', value: 'BOL-1', source: 'L11 BM' },
      { kind: 'order', value: 'SO-7', source: 'L11 po' },
    ]);
  });

  it('no L11 and no B10-02: nothing to fall back on', () => {
    expect(x12ShipmentReferences(shipment({}))).toEqual([]);
  });

  it('every normalised event of a parsed 214 carries its transaction set’s fallbacks', () => {
    const parsed = parseX12Shipment214(interchange(['L11*1Z0042*2I', 'L11*SO-104233*PO']));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.interchange.errors).toEqual([]);
    const [event] = trackingEventsFromX12(parsed.interchange);
    expect(event).toMatchObject({ trackingNumber: 'CARRIER-INTERNAL-9', status: 'in_transit' });
    expect(event?.fallbackReferences).toEqual([
      { kind: 'tracking', value: '1Z0042', source: 'L11 2I' },
      { kind: 'tracking', value: 'BOL-7781', source: 'B10-02' },
      { kind: 'order', value: 'SO-104233', source: 'L11 PO' },
    ]);
  });
});
