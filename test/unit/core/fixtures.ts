import { uuidv7, type AgentActor, type TeamRow } from '../../../src/core';
import { sampleCustomer, sampleTicket } from '../../fixtures/sampleRows';

/** Small hand-built rows for pure mutation tests; each call makes fresh ids. */
export function coreFixtures() {
  const now = Date.UTC(2026, 10, 23, 9, 0);
  const teamA: TeamRow = { id: uuidv7(now), name: 'Parcel Support', createdAt: now };
  const teamB: TeamRow = { id: uuidv7(now), name: 'Freight Desk', createdAt: now };
  const customer = sampleCustomer(now);
  const ticket = sampleTicket(now, customer.id, teamA.id);
  const agentA: AgentActor = { agentId: uuidv7(now), role: 'agent', teamId: teamA.id };
  const agentB: AgentActor = { agentId: uuidv7(now), role: 'agent', teamId: teamB.id };
  const admin: AgentActor = { agentId: uuidv7(now), role: 'admin', teamId: teamB.id };
  return { now, teamA, teamB, customer, ticket, agentA, agentB, admin };
}
