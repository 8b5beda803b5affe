import { describe, expect, it } from 'vitest';
import {
  customerRowSchema,
  entitiesOfScope,
  entityNames,
  entityRowSchemas,
  messageRowSchema,
  scopeOfRow,
  teamScope,
  tenantEntityNames,
  ticketRowSchema,
  uuidv7,
  type ExceptionRow,
  type MessageRow,
} from '../../../src/core';
import { coreFixtures } from './fixtures';

describe('the logistics domain model', () => {
  const fx = coreFixtures();

  it('lists every entity once, tenant entities before team entities, each with a schema', () => {
    expect(new Set(entityNames).size).toBe(entityNames.length);
    expect(Object.keys(entityRowSchemas).sort()).toEqual([...entityNames].sort());
    expect(entitiesOfScope('tenant')).toEqual([...tenantEntityNames]);
    expect(entitiesOfScope(teamScope(fx.teamA.id))).toEqual(['tickets', 'messages', 'exceptions', 'csat_responses']);
  });

  it('parses rows logged before the new fields existed, filling the defaults', () => {
    const { segment: _s, preferences: _p, ...oldCustomer } = fx.customer;
    const customer = customerRowSchema.parse(oldCustomer);
    expect(customer.segment).toBe('general');
    expect(customer.preferences).toEqual({ preferredChannel: 'email', language: 'en', quietHours: null, optIns: { email: true, sms: false, chat: false, social: false } });
    // Each parse gets its own defaults object: mutating one row must not leak into the next.
    customer.preferences.optIns.sms = true;
    expect(customerRowSchema.parse(oldCustomer).preferences.optIns.sms).toBe(false);
    const { shipmentId: _x, slaPausedMs: _y, ...oldTicket } = fx.ticket;
    expect(ticketRowSchema.parse(oldTicket)).toMatchObject({ shipmentId: null, slaPausedMs: 0 });
    const oldMessage = { id: uuidv7(), ticketId: fx.ticket.id, direction: 'inbound', channel: 'email', authorId: null, body: 'hi', deliveryStatus: 'received', createdAt: fx.now };
    expect(messageRowSchema.parse(oldMessage)).toMatchObject({ attachments: [], htmlBody: null, externalId: null, subject: null });
  });

  it('refuses malformed preferences and values with a reason', () => {
    const bad = { ...fx.customer, preferences: { ...fx.customer.preferences, language: 'english please', quietHours: { start: '25:00', end: '07:00', timeZone: 'Europe/Oslo' } } };
    const result = customerRowSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toEqual(expect.arrayContaining(['preferences.language', 'preferences.quietHours.start']));
    expect(entityRowSchemas.csat_responses.safeParse({ id: uuidv7(), ticketId: fx.ticket.id, customerId: fx.customer.id, score: 6, comment: null, createdAt: fx.now }).success).toBe(false);
  });

  it('scopes rows: tenant data to tenant, team rows to their team, messages and CSAT through their ticket', () => {
    const lookup = { ticketTeamId: (id: string) => (id === fx.ticket.id ? fx.ticket.teamId : undefined) };
    expect(scopeOfRow('customers', fx.customer, lookup)).toBe('tenant');
    expect(scopeOfRow('tickets', fx.ticket, lookup)).toBe(teamScope(fx.teamA.id));
    const exception = { teamId: fx.teamB.id } as ExceptionRow;
    expect(scopeOfRow('exceptions', exception, lookup)).toBe(teamScope(fx.teamB.id));
    const message = { ticketId: fx.ticket.id } as MessageRow;
    expect(scopeOfRow('messages', message, lookup)).toBe(teamScope(fx.teamA.id));
    expect(scopeOfRow('messages', { ...message, ticketId: uuidv7() }, lookup)).toBeNull();
  });
});
