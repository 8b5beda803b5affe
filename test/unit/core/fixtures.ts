import { customerRowDefaults, ticketRowDefaults, uuidv7, type Actor, type CustomerRow, type TeamRow, type TicketRow } from '../../../src/core';

/** Small hand-built rows for pure mutation tests; each call makes fresh ids. */
export function coreFixtures() {
  const now = Date.UTC(2026, 10, 23, 9, 0);
  const teamA: TeamRow = { id: uuidv7(now), name: 'Parcel Support', createdAt: now };
  const teamB: TeamRow = { id: uuidv7(now), name: 'Freight Desk', createdAt: now };
  const customer: CustomerRow = {
    ...customerRowDefaults(),
    id: uuidv7(now),
    name: 'Nordwind Retail GmbH',
    email: 'ops@nordwind.example',
    phone: null,
    kind: 'b2b',
    tier: 'gold',
    createdAt: now,
    updatedAt: now,
  };
  const ticket: TicketRow = {
    ...ticketRowDefaults(),
    id: uuidv7(now),
    number: 1001,
    subject: 'Pallet 3 of 5 missing at delivery',
    customerId: customer.id,
    teamId: teamA.id,
    assigneeId: null,
    channel: 'email',
    status: 'new',
    priority: 'high',
    createdAt: now,
    updatedAt: now,
    lastMessageAt: now,
  };
  const agentA: Actor = { agentId: uuidv7(now), role: 'agent', teamId: teamA.id };
  const agentB: Actor = { agentId: uuidv7(now), role: 'agent', teamId: teamB.id };
  const admin: Actor = { agentId: uuidv7(now), role: 'admin', teamId: teamB.id };
  return { now, teamA, teamB, customer, ticket, agentA, agentB, admin };
}
