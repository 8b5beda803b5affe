import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exceptionFiltersSchema,
  exceptionRowDefaults,
  uuidv7,
  type ExceptionRow,
  type ExceptionSeverity,
  type ExceptionStatus,
  type ExceptionType,
  type ShipmentRow,
} from '../../../../src/core';
import { openLocalStore } from '../../../../src/desktop/db/localStore';
import { countExceptions } from '../../../../src/desktop/queries/exceptions/countExceptions';
import { getExceptionDetail } from '../../../../src/desktop/queries/exceptions/getExceptionDetail';
import { listExceptions } from '../../../../src/desktop/queries/exceptions/listExceptions';
import { sampleCustomer } from '../../../fixtures/sampleRows';
import { tempDir } from '../../../fixtures/desktop/tempDir';

const hour = 3_600_000;
const now = Date.UTC(2026, 11, 1, 12, 0);

describe('exception queue queries', () => {
  const dir = tempDir('relay-exception-queries-');
  const store = openLocalStore(dir.file('replica.sqlite'));
  const team = uuidv7(1);
  const otherTeam = uuidv7(2);
  const customer = sampleCustomer(now);
  const me = uuidv7(3);
  const ids: Record<string, string> = {};

  const shipment = (carrier: string, origin: string, destination: string): ShipmentRow => ({
    id: uuidv7(),
    orderId: null,
    customerId: customer.id,
    carrier,
    trackingNumber: `${carrier.slice(0, 3).toUpperCase()}${Math.floor(Math.random() * 1e9)}`,
    mode: 'parcel',
    origin,
    destination,
    promisedDate: null,
    eta: null,
    status: 'in_transit',
    lastEventAt: null,
    createdAt: now,
    updatedAt: now,
  });
  const exception = (name: string, s: ShipmentRow, type: ExceptionType, severity: ExceptionSeverity, status: ExceptionStatus, ageHours: number, extra: Partial<ExceptionRow> = {}): ExceptionRow => {
    const id = uuidv7();
    ids[name] = id;
    return {
      ...exceptionRowDefaults(),
      id,
      type,
      severity,
      status,
      shipmentId: s.id,
      customerId: customer.id,
      teamId: team,
      ticketId: null,
      detectedAt: now - ageHours * hour,
      acknowledgedAt: null,
      resolvedAt: null,
      note: null,
      dedupeKey: `${s.id}:${type}`,
      ...extra,
    };
  };

  beforeAll(() => {
    const dhl = shipment('DHL', 'Hamburg, DE', 'Lyon, FR');
    const gls = shipment('GLS', 'Madrid, ES', 'Dublin, IE');
    store.transaction(() => {
      store.rows.put('customers', customer);
      store.rows.put('shipments', dhl);
      store.rows.put('shipments', gls);
      for (const row of [
        exception('newDelay', dhl, 'delay', 'low', 'open', 1),
        exception('critLost', gls, 'lost', 'critical', 'open', 30),
        exception('mineDamaged', dhl, 'damaged', 'high', 'acknowledged', 80, { assigneeId: me }),
        exception('resolvedStale', gls, 'stale', 'medium', 'resolved', 5),
        exception('otherTeam', gls, 'delay', 'medium', 'open', 10, { teamId: otherTeam }),
      ]) {
        store.rows.put('exceptions', row);
      }
      store.rows.put('tracking_events', { id: uuidv7(), shipmentId: dhl.id, status: 'delayed', rawCode: 'SD', rawReason: null, carrier: 'DHL', location: 'Hamburg', occurredAt: now - 2 * hour, flagged: false, source: 'json' });
    });
  });
  afterAll(() => {
    store.close();
    dir.remove();
  });

  const list = (filters: Record<string, unknown> = {}, groupBy: 'none' | 'severity' | 'carrier' = 'none') =>
    listExceptions(store.db, { ...exceptionFiltersSchema.parse(filters), groupBy, sort: 'severity', limit: 500 }, now, me);

  it('lists the active queue by severity with shipment and customer, leaving resolved ones out', () => {
    const { items, total } = list();
    expect(items.map((i) => i.id)).toEqual([ids.critLost, ids.mineDamaged, ids.otherTeam, ids.newDelay]);
    expect(total).toBe(4);
    expect(items[0]).toMatchObject({ carrier: 'GLS', origin: 'Madrid, ES', destination: 'Dublin, IE', customerName: customer.name, age: '1d_3d' });
  });

  it('filters by type, severity, carrier, lane, age, assignee and team', () => {
    const only = (filters: Record<string, unknown>) => list(filters).items.map((i) => i.id);
    expect(only({ types: ['delay'] })).toEqual([ids.otherTeam, ids.newDelay]);
    expect(only({ severities: ['critical', 'low'] })).toEqual([ids.critLost, ids.newDelay]);
    expect(only({ carriers: ['DHL'] })).toEqual([ids.mineDamaged, ids.newDelay]);
    expect(only({ lane: { origin: 'Madrid, ES', destination: 'Dublin, IE' } })).toEqual([ids.critLost, ids.otherTeam]);
    expect(only({ ages: ['under_4h'] })).toEqual([ids.newDelay]);
    expect(only({ ages: ['4h_24h', 'over_3d'] })).toEqual([ids.mineDamaged, ids.otherTeam]);
    expect(only({ assignee: 'me' })).toEqual([ids.mineDamaged]);
    expect(only({ teamId: otherTeam })).toEqual([ids.otherTeam]);
    expect(only({ status: 'resolved' })).toEqual([ids.resolvedStale]);
    expect(only({ search: 'gls' })).toEqual([ids.critLost, ids.otherTeam]);
  });

  it('groups rows, largest carrier first', () => {
    const { items } = list({}, 'carrier');
    expect(items.map((i) => i.group)).toEqual(['DHL', 'DHL', 'GLS', 'GLS']);
  });

  it('counts the queue by category', () => {
    const counts = countExceptions(store.db, { status: 'active', teamId: null }, now);
    expect(counts.total).toBe(4);
    expect(counts.byType).toContainEqual({ key: 'delay', count: 2 });
    expect(counts.byCarrier).toEqual(expect.arrayContaining([{ key: 'DHL', count: 2 }, { key: 'GLS', count: 2 }]));
    expect(counts.byLane).toContainEqual({ origin: 'Hamburg, DE', destination: 'Lyon, FR', count: 2 });
    expect(counts.byAge).toEqual(expect.arrayContaining([{ key: 'under_4h', count: 1 }, { key: 'over_3d', count: 1 }]));
    expect(counts.byStatus).toContainEqual({ key: 'resolved', count: 1 });
  });

  it('details one exception with its shipment, scans and customer', () => {
    const detail = getExceptionDetail(store.db, store.rows, ids.newDelay!);
    expect(detail?.shipment?.carrier).toBe('DHL');
    expect(detail?.events).toHaveLength(1);
    expect(detail?.customer?.id).toBe(customer.id);
    expect(detail?.siblings.map((s) => s.id)).toEqual([ids.mineDamaged]);
    expect(getExceptionDetail(store.db, store.rows, uuidv7())).toBeNull();
  });
});
