import { describe, expect, it } from 'vitest';
import { entityRowSchemas, teamScope, tenantEntityNames, type EntityName, type RowChange } from '../../../../src/core';
import { buildDemoRows } from '../../../../src/hub/seed/buildDemoRows';
import { DAY, HOUR, demoAgents } from '../../../../src/hub/seed/demoPeople';
import { WORLD_NOW } from '../../../../src/hub/seed/createWorld';
import { demoTimeShift } from '../../../../src/hub/seed/shiftDemoTime';

type Loose = Record<string, unknown>;

describe('buildDemoRows (the demo world)', () => {
  const { rows, lastTicketNumber } = buildDemoRows();
  const of = (entity: EntityName): Loose[] => rows.filter((r) => r.entity === entity).map((r) => r.row as Loose);
  const ids = (entity: EntityName): Set<unknown> => new Set(of(entity).map((r) => r.id));

  it('is deterministic: the same ids, timestamps, words and numbers on every run', () => {
    expect(buildDemoRows()).toEqual({ rows, lastTicketNumber });
  });

  it('every row parses with its schema, ids are unique, and each row sits in its scope', () => {
    for (const change of rows) {
      const parsed = entityRowSchemas[change.entity].safeParse(change.row);
      expect(parsed.success, `${change.entity} ${change.id}: ${parsed.error?.message ?? ''}`).toBe(true);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const ticketTeam = new Map(of('tickets').map((t) => [t.id, t.teamId]));
    const tenant = new Set<EntityName>(tenantEntityNames);
    for (const change of rows as RowChange[]) {
      const row = change.row as Loose;
      if (tenant.has(change.entity)) expect(change.scope).toBe('tenant');
      else if (change.entity === 'tickets' || change.entity === 'exceptions') expect(change.scope).toBe(teamScope(String(row.teamId)));
      else expect(change.scope).toBe(teamScope(String(ticketTeam.get(row.ticketId))));
    }
  });

  it('is a coherent logistics world: sizes, references and the demo logins', () => {
    expect(of('teams').map((t) => t.name)).toEqual(['Parcel Support', 'Freight Desk', 'Customs & Compliance']);
    const emails = of('agents').map((a) => a.email);
    for (const a of demoAgents) expect(emails).toContain(a.email);
    expect(of('customers').length).toBeGreaterThanOrEqual(200);
    expect(of('shipments').length).toBeGreaterThanOrEqual(300);
    expect(of('tracking_events').length).toBeGreaterThanOrEqual(1500);
    expect(of('kb_articles').length).toBeGreaterThanOrEqual(10);
    expect(of('sla_policies')).toHaveLength(12);
    const customers = ids('customers');
    const orders = ids('orders');
    const shipments = ids('shipments');
    const tickets = ids('tickets');
    expect(of('contacts').every((c) => customers.has(c.customerId))).toBe(true);
    expect(of('orders').every((o) => customers.has(o.customerId))).toBe(true);
    expect(of('shipments').every((s) => customers.has(s.customerId) && (s.orderId === null || orders.has(s.orderId)))).toBe(true);
    expect(of('tracking_events').every((e) => shipments.has(e.shipmentId))).toBe(true);
    expect(of('tickets').every((t) => customers.has(t.customerId) && (t.shipmentId === null || shipments.has(t.shipmentId)))).toBe(true);
    expect(of('messages').every((m) => tickets.has(m.ticketId))).toBe(true);
    expect(of('exceptions').every((x) => (x.shipmentId === null ? orders.has(x.orderId) : shipments.has(x.shipmentId)) && (x.ticketId === null || tickets.has(x.ticketId)))).toBe(true);
    expect(of('warehouse_events').every((e) => orders.has(e.orderId) && (e.shipmentId === null || shipments.has(e.shipmentId)))).toBe(true);
    // The warehouse stories: a backorder past its promise and a short pick wait in a queue; a shipped order has its shipment.
    expect(of('exceptions').filter((x) => x.orderId !== undefined && x.orderId !== null).map((x) => `${x.type}:${x.status}`).sort()).toEqual(['backorder:open', 'short_pick:open']);
    expect(of('orders').find((o) => o.number === 'SO-309002')?.status).toBe('shipped');
    expect(of('shipments').find((s) => s.trackingNumber === 'DHLF30900201')?.orderId).toBe(of('orders').find((o) => o.number === 'SO-309002')?.id);
    // Ticket numbers are 1001… in order, and the seed reports the last one for the sequence.
    const numbers = of('tickets').map((t) => Number(t.number));
    expect(numbers).toEqual(numbers.map((_, i) => 1001 + i));
    expect(lastTicketNumber).toBe(1000 + numbers.length);
  });

  it('covers what support sees: every channel, problem shipments with exceptions, a flagged unknown code', () => {
    expect(new Set(of('tickets').map((t) => t.channel))).toEqual(new Set(['email', 'chat', 'sms', 'social', 'phone']));
    const types = new Set(of('exceptions').map((x) => x.type));
    for (const type of ['delay', 'damaged', 'customs_hold', 'failed_delivery']) expect(types).toContain(type);
    expect(of('exceptions').some((x) => x.ticketId !== null)).toBe(true);
    const flagged = of('tracking_events').filter((e) => e.flagged);
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.every((e) => e.status === 'unknown')).toBe(true);
    expect(of('tickets').some((t) => t.shipmentId !== null && t.orderId !== null)).toBe(true);
    expect(of('macros').some((m) => String(m.body).includes('{{shipment.trackingNumber}}'))).toBe(true);
    // Every ticket has a thread whose last message is the ticket's lastMessageAt.
    for (const t of of('tickets')) {
      const thread = of('messages').filter((m) => m.ticketId === t.id);
      expect(thread.length).toBeGreaterThanOrEqual(1);
      expect(t.lastMessageAt).toBe(Math.max(...thread.map((m) => Number(m.createdAt))));
    }
  });
});

describe('the demo world is dated relative to the day it is seeded', () => {
  const written = buildDemoRows();
  const seededAt = WORLD_NOW + 20 * DAY + 5 * HOUR;
  const moved = buildDemoRows(seededAt);
  const byId = new Map(written.rows.map((r) => [r.id, r.row as Record<string, unknown>]));

  it('moves every timestamp forward by whole days, so times of day stay and nothing lands after the seeding', () => {
    expect(demoTimeShift(WORLD_NOW, seededAt)).toBe(20 * DAY);
    let latest = 0;
    for (const change of moved.rows) {
      const before = byId.get(change.id) as Record<string, unknown>;
      const after = change.row as Record<string, unknown>;
      for (const key of ['createdAt', 'updatedAt', 'lastMessageAt', 'occurredAt'] as const) {
        if (typeof before[key] === 'number') {
          expect(after[key]).toBe((before[key] as number) + 20 * DAY);
          latest = Math.max(latest, after[key] as number);
        }
      }
    }
    expect(latest).toBeGreaterThan(seededAt - 2 * DAY);
    expect(latest).toBeLessThanOrEqual(seededAt);
  });

  it('leaves amounts, counts and durations alone, and a clock before the world keeps it as written', () => {
    for (const change of moved.rows.filter((r) => r.entity === 'orders' || r.entity === 'tickets')) {
      const before = byId.get(change.id) as Record<string, unknown>;
      const after = change.row as Record<string, unknown>;
      for (const key of ['total', 'number', 'slaPausedMs'] as const) expect(after[key]).toEqual(before[key]);
    }
    expect(demoTimeShift(WORLD_NOW, WORLD_NOW - 3 * DAY)).toBe(0);
    expect(buildDemoRows(WORLD_NOW + HOUR)).toEqual(written);
  });
});
