import { mapAt7Status } from './mapAt7Status';
import { tokenizeX12, type X12Segment } from './tokenizeX12';
import { parseX12DateTime } from './x12DateTime';
import type { X12Interchange, X12ParseError, X12Shipment214, X12StatusEvent } from './X12Shipment214';

export type X12ParseResult = { ok: true; interchange: X12Interchange } | { ok: false; reason: string };

const el = (s: X12Segment, n: number): string | null => {
  const v = s.elements[n]?.trim();
  return v ? v : null;
};

/**
 * Parses an X12 214 (Transportation Carrier Shipment Status) interchange: ISA/GS/ST…SE/GE/IEA,
 * B10, L11, LX loops of AT7 + MS1 + MS2. Lenient by design: a malformed segment is reported
 * with its index and skipped, everything readable is kept. Only an unreadable ISA fails.
 */
export function parseX12Shipment214(raw: string): X12ParseResult {
  const tokens = tokenizeX12(raw);
  if (!tokens.ok) return tokens;
  const segs = tokens.segments;
  const errors: X12ParseError[] = [];
  const fail = (s: X12Segment, reason: string): void => {
    errors.push({ index: s.index, segment: s.elements.join(tokens.delimiters.element).slice(0, 200), reason });
  };
  const isa = segs[0]!;
  const interchange: X12Interchange = {
    sender: el(isa, 6) ?? '',
    receiver: el(isa, 8) ?? '',
    controlNumber: el(isa, 13) ?? '',
    transactions: [],
    errors,
  };

  let group: { segment: X12Segment; sets: number } | null = null;
  let tx: { st: X12Segment; shipment: X12Shipment214 | null; lx: string | null; pendingAt7: X12StatusEvent | null } | null = null;
  let sawIea = false;

  for (const s of segs.slice(1)) {
    switch (s.id) {
      case 'GS':
        if (group) fail(s, 'GS before the previous group was closed by GE');
        group = { segment: s, sets: 0 };
        break;
      case 'GE':
        if (!group) fail(s, 'GE without GS');
        else {
          if (el(s, 2) !== el(group.segment, 6)) fail(s, `GE-02 "${el(s, 2)}" does not match GS-06 "${el(group.segment, 6)}"`);
          if (Number(el(s, 1)) !== group.sets) fail(s, `GE-01 says ${el(s, 1)} transaction sets, the group has ${group.sets}`);
        }
        group = null;
        break;
      case 'ST':
        if (tx) fail(s, 'ST before the previous transaction set was closed by SE');
        if (!group) fail(s, 'ST outside a functional group (no GS)');
        else group.sets += 1;
        tx = { st: s, shipment: null, lx: null, pendingAt7: null };
        if (el(s, 1) !== '214') fail(s, `transaction set ${el(s, 1) ?? '(none)'} is not a 214 shipment status; skipped`);
        break;
      case 'SE':
        if (!tx) {
          fail(s, 'SE without ST');
          break;
        }
        if (el(s, 2) !== el(tx.st, 2)) fail(s, `SE-02 "${el(s, 2)}" does not match ST-02 "${el(tx.st, 2)}"`);
        if (Number(el(s, 1)) !== s.index - tx.st.index + 1) {
          fail(s, `SE-01 says ${el(s, 1)} segments, the set has ${s.index - tx.st.index + 1}`);
        }
        if (el(tx.st, 1) === '214') {
          if (tx.shipment) interchange.transactions.push(tx.shipment);
          else fail(tx.st, 'transaction set has no B10 segment (no shipment reference); skipped');
        }
        tx = null;
        break;
      case 'IEA':
        sawIea = true;
        if (el(s, 2) !== interchange.controlNumber) fail(s, `IEA-02 "${el(s, 2)}" does not match ISA-13 "${interchange.controlNumber}"`);
        break;
      default:
        if (!tx) fail(s, `segment ${s.id} outside a transaction set`);
        else if (el(tx.st, 1) === '214') readBodySegment(s, tx, fail);
    }
  }
  if (tx) fail(tx.st, 'transaction set is not closed by SE');
  if (group) fail(group.segment, 'functional group is not closed by GE');
  if (!sawIea) fail(segs[segs.length - 1]!, 'interchange is not closed by IEA');
  return { ok: true, interchange };
}

function readBodySegment(
  s: X12Segment,
  tx: { st: X12Segment; shipment: X12Shipment214 | null; lx: string | null; pendingAt7: X12StatusEvent | null },
  fail: (s: X12Segment, reason: string) => void,
): void {
  if (s.id === 'B10') {
    const trackingNumber = el(s, 1) ?? el(s, 2);
    if (!trackingNumber) return fail(s, 'B10 has neither B10-01 (reference) nor B10-02 (shipment id)');
    tx.shipment = { controlNumber: el(tx.st, 2) ?? '', trackingNumber, shipmentId: el(s, 2), scac: el(s, 3), references: [], events: [] };
    return;
  }
  const shipment = tx.shipment;
  if (!shipment) return fail(s, `${s.id} before B10`);
  switch (s.id) {
    case 'L11': {
      const value = el(s, 1);
      const qualifier = el(s, 2);
      if (!value || !qualifier) return fail(s, 'L11 needs L11-01 (reference) and L11-02 (qualifier)');
      shipment.references.push({ qualifier, value });
      return;
    }
    case 'LX':
      tx.lx = el(s, 1);
      tx.pendingAt7 = null;
      return;
    case 'AT7': {
      const code = el(s, 1) ?? el(s, 3);
      if (!code) return fail(s, 'AT7 has neither AT7-01 (status) nor AT7-03 (appointment status)');
      const reasonCode = el(s, 1) ? el(s, 2) : el(s, 4);
      const mapped = mapAt7Status(code, reasonCode);
      let occurredAt: number | null = null;
      let localTime = false;
      const date = el(s, 5);
      if (!date) fail(s, 'AT7-05 (date) is missing; the event is kept without a time');
      else {
        const parsed = parseX12DateTime(date, el(s, 6), el(s, 7));
        if (parsed.ok) ({ at: occurredAt, localTime } = parsed);
        else fail(s, `${parsed.reason}; the event is kept without a time`);
      }
      const event: X12StatusEvent = {
        lx: tx.lx,
        segmentIndex: s.index,
        statusCode: code,
        reasonCode,
        ...mapped,
        occurredAt,
        localTime,
        location: null,
        equipment: null,
      };
      shipment.events.push(event);
      tx.pendingAt7 = event;
      return;
    }
    case 'MS1': {
      if (!tx.pendingAt7) return fail(s, 'MS1 without a preceding AT7');
      const parts = [el(s, 1), el(s, 2), el(s, 3)].filter((p): p is string => p !== null);
      if (parts.length === 0) return fail(s, 'MS1 has no city, state or country');
      tx.pendingAt7.location = parts.join(', ');
      return;
    }
    case 'MS2': {
      if (!tx.pendingAt7) return fail(s, 'MS2 without a preceding AT7');
      const scac = el(s, 1);
      if (!scac) return fail(s, 'MS2-01 (SCAC) is missing');
      tx.pendingAt7.equipment = { scac, number: el(s, 2) };
      return;
    }
    default:
      // N1/N3/N4/AT8/K1/etc. are valid 214 segments we do not use.
      return;
  }
}
