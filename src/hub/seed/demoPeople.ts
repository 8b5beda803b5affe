import type { AgentRole, CustomerPreferences, CustomerRow } from '../../core';

/** Every demo timestamp is an offset from this fixed instant (Monday 16 Nov 2026, 08:00 UTC). */
export const DEMO_BASE_TIME = Date.UTC(2026, 10, 16, 8, 0, 0);
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export const demoTeams = [
  { key: 'parcel', name: 'Parcel Support' },
  { key: 'freight', name: 'Freight Desk' },
  { key: 'customs', name: 'Customs & Compliance' },
] as const;
export type DemoTeamKey = (typeof demoTeams)[number]['key'];

/** Known demo logins: the password is `demo-<key>`. e2e and integration tests sign in as these. */
export const demoAgents = [
  { key: 'maya', name: 'Maya Okafor', email: 'maya@relay.example', role: 'admin', team: 'parcel' },
  { key: 'daniel', name: 'Daniel Weber', email: 'daniel@relay.example', role: 'lead', team: 'freight' },
  { key: 'priya', name: 'Priya Nair', email: 'priya@relay.example', role: 'agent', team: 'parcel' },
  { key: 'tom', name: 'Tom Brennan', email: 'tom@relay.example', role: 'agent', team: 'freight' },
  { key: 'lena', name: 'Lena Fischer', email: 'lena@relay.example', role: 'lead', team: 'customs' },
] as const satisfies ReadonlyArray<{ key: string; name: string; email: string; role: AgentRole; team: DemoTeamKey }>;
export type DemoAgentKey = (typeof demoAgents)[number]['key'];

/** Colleagues without a login: they appear as assignees and authors. */
export const demoColleagues = [
  { name: 'Samir Haddad', email: 'samir@relay.example', role: 'agent', team: 'parcel' },
  { name: 'Chloe Martin', email: 'chloe@relay.example', role: 'agent', team: 'parcel' },
  { name: 'Rafael Souza', email: 'rafael@relay.example', role: 'agent', team: 'freight' },
  { name: 'Yuki Sato', email: 'yuki@relay.example', role: 'agent', team: 'customs' },
] as const satisfies ReadonlyArray<{ name: string; email: string; role: AgentRole; team: DemoTeamKey }>;

export function demoPassword(agent: { key: string }): string {
  return `demo-${agent.key}`;
}

type DemoCustomer = Pick<CustomerRow, 'name' | 'email' | 'phone' | 'kind' | 'tier' | 'segment'> & {
  key: string;
  preferences: CustomerPreferences;
};

const optIns = (email: boolean, sms: boolean, chat = false, social = false) => ({ email, sms, chat, social });

/** The named customers of the hand-written tickets; the generated world adds hundreds more. */
export const demoCustomers = [
  { key: 'nordwind', name: 'Nordwind Outdoor GmbH', email: 'logistics@nordwind-outdoor.example', phone: '+49 40 5550 1820', kind: 'b2b', tier: 'platinum', segment: 'enterprise retail', preferences: { preferredChannel: 'email', language: 'de-DE', quietHours: { start: '19:00', end: '07:00', timeZone: 'Europe/Berlin' }, optIns: optIns(true, false) } },
  { key: 'harborpine', name: 'Harbor & Pine Furniture', email: 'receiving@harborpine.example', phone: '+44 117 555 0143', kind: 'b2b', tier: 'gold', segment: 'furniture', preferences: { preferredChannel: 'email', language: 'en-GB', quietHours: null, optIns: optIns(true, true) } },
  { key: 'kestrel', name: 'Kestrel Medical Supplies', email: 'supplychain@kestrelmed.example', phone: '+31 20 555 0177', kind: 'b2b', tier: 'platinum', segment: 'healthcare', preferences: { preferredChannel: 'phone', language: 'nl-NL', quietHours: null, optIns: optIns(true, true, true) } },
  { key: 'brightline', name: 'Brightline Electronics', email: 'ap@brightline.example', phone: '+1 312 555 0199', kind: 'b2b', tier: 'gold', segment: 'electronics', preferences: { preferredChannel: 'email', language: 'en-US', quietHours: { start: '20:00', end: '08:00', timeZone: 'America/Chicago' }, optIns: optIns(true, false) } },
  { key: 'alder', name: 'Alder Street Bakery Co.', email: 'orders@alderstreet.example', phone: '+44 161 555 0122', kind: 'b2b', tier: 'standard', segment: 'food & beverage', preferences: { preferredChannel: 'sms', language: 'en-GB', quietHours: { start: '22:00', end: '05:00', timeZone: 'Europe/London' }, optIns: optIns(true, true) } },
  { key: 'quayside', name: 'Quayside Wines Ltd', email: 'hello@quaysidewines.example', phone: null, kind: 'b2b', tier: 'standard', segment: 'food & beverage', preferences: { preferredChannel: 'email', language: 'en-GB', quietHours: null, optIns: optIns(true, false) } },
  { key: 'sofia', name: 'Sofia Marquez', email: 'sofia.marquez@mail.example', phone: '+34 655 555 210', kind: 'b2c', tier: 'gold', segment: 'consumer', preferences: { preferredChannel: 'chat', language: 'es-ES', quietHours: { start: '23:00', end: '08:00', timeZone: 'Europe/Madrid' }, optIns: optIns(true, true, true) } },
  { key: 'liam', name: "Liam O'Connor", email: 'liam.oconnor@mail.example', phone: null, kind: 'b2c', tier: 'standard', segment: 'consumer', preferences: { preferredChannel: 'chat', language: 'en-IE', quietHours: null, optIns: optIns(true, false, true) } },
  { key: 'aiko', name: 'Aiko Tanaka', email: 'aiko.t@mail.example', phone: '+44 7700 900412', kind: 'b2c', tier: 'standard', segment: 'consumer', preferences: { preferredChannel: 'phone', language: 'ja', quietHours: { start: '22:00', end: '07:30', timeZone: 'Europe/London' }, optIns: optIns(true, true) } },
  { key: 'jonas', name: 'Jonas Lindqvist', email: 'jonas.lindqvist@mail.example', phone: '+46 70 555 0134', kind: 'b2c', tier: 'gold', segment: 'consumer', preferences: { preferredChannel: 'email', language: 'sv-SE', quietHours: null, optIns: optIns(true, true) } },
  { key: 'grace', name: 'Grace Adeyemi', email: null, phone: '+44 7700 900877', kind: 'b2c', tier: 'standard', segment: 'consumer', preferences: { preferredChannel: 'social', language: 'en-GB', quietHours: null, optIns: optIns(false, true, false, true) } },
  { key: 'henrik', name: 'Henrik Sørensen', email: 'henrik.s@mail.example', phone: '+45 20 55 50 19', kind: 'b2c', tier: 'standard', segment: 'consumer', preferences: { preferredChannel: 'sms', language: 'da-DK', quietHours: { start: '22:00', end: '07:00', timeZone: 'Europe/Copenhagen' }, optIns: optIns(true, true) } },
] as const satisfies readonly DemoCustomer[];
export type DemoCustomerKey = (typeof demoCustomers)[number]['key'];
