import type { AgentRole, CustomerRow } from '../../core';

/** Every demo timestamp is an offset from this fixed instant (Monday 16 Nov 2026, 08:00 UTC). */
export const DEMO_BASE_TIME = Date.UTC(2026, 10, 16, 8, 0, 0);
export const MINUTE = 60_000;

export const demoTeams = [
  { key: 'parcel', name: 'Parcel Support' },
  { key: 'freight', name: 'Freight Desk' },
] as const;
export type DemoTeamKey = (typeof demoTeams)[number]['key'];

/** Known demo logins: the password is `demo-<firstname>`. */
export const demoAgents = [
  { key: 'maya', name: 'Maya Okafor', email: 'maya@relay.example', role: 'admin', team: 'parcel' },
  { key: 'daniel', name: 'Daniel Weber', email: 'daniel@relay.example', role: 'lead', team: 'freight' },
  { key: 'priya', name: 'Priya Nair', email: 'priya@relay.example', role: 'agent', team: 'parcel' },
  { key: 'tom', name: 'Tom Brennan', email: 'tom@relay.example', role: 'agent', team: 'freight' },
] as const satisfies ReadonlyArray<{ key: string; name: string; email: string; role: AgentRole; team: DemoTeamKey }>;
export type DemoAgentKey = (typeof demoAgents)[number]['key'];

export function demoPassword(agent: { key: string }): string {
  return `demo-${agent.key}`;
}

type DemoCustomer = Pick<CustomerRow, 'name' | 'email' | 'phone' | 'kind' | 'tier'> & { key: string };

export const demoCustomers = [
  { key: 'nordwind', name: 'Nordwind Outdoor GmbH', email: 'logistics@nordwind-outdoor.example', phone: '+49 40 5550 1820', kind: 'b2b', tier: 'platinum' },
  { key: 'harborpine', name: 'Harbor & Pine Furniture', email: 'receiving@harborpine.example', phone: '+44 117 555 0143', kind: 'b2b', tier: 'gold' },
  { key: 'kestrel', name: 'Kestrel Medical Supplies', email: 'supplychain@kestrelmed.example', phone: '+31 20 555 0177', kind: 'b2b', tier: 'platinum' },
  { key: 'brightline', name: 'Brightline Electronics', email: 'ap@brightline.example', phone: '+1 312 555 0199', kind: 'b2b', tier: 'gold' },
  { key: 'alder', name: 'Alder Street Bakery Co.', email: 'orders@alderstreet.example', phone: '+44 161 555 0122', kind: 'b2b', tier: 'standard' },
  { key: 'quayside', name: 'Quayside Wines Ltd', email: 'hello@quaysidewines.example', phone: null, kind: 'b2b', tier: 'standard' },
  { key: 'sofia', name: 'Sofia Marquez', email: 'sofia.marquez@mail.example', phone: '+34 655 555 210', kind: 'b2c', tier: 'gold' },
  { key: 'liam', name: "Liam O'Connor", email: 'liam.oconnor@mail.example', phone: null, kind: 'b2c', tier: 'standard' },
  { key: 'aiko', name: 'Aiko Tanaka', email: 'aiko.t@mail.example', phone: '+44 7700 900412', kind: 'b2c', tier: 'standard' },
  { key: 'jonas', name: 'Jonas Lindqvist', email: 'jonas.lindqvist@mail.example', phone: '+46 70 555 0134', kind: 'b2c', tier: 'gold' },
  { key: 'grace', name: 'Grace Adeyemi', email: null, phone: '+44 7700 900877', kind: 'b2c', tier: 'standard' },
  { key: 'henrik', name: 'Henrik Sørensen', email: 'henrik.s@mail.example', phone: '+45 20 55 50 19', kind: 'b2c', tier: 'standard' },
] as const satisfies readonly DemoCustomer[];
export type DemoCustomerKey = (typeof demoCustomers)[number]['key'];
