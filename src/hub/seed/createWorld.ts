import { Faker, base, en } from '@faker-js/faker';
import {
  calendarOfTeam,
  routingTrigger,
  scopeOfRow,
  type AgentRow,
  type AnyRow,
  type BusinessCalendar,
  type EntityName,
  type RowChange,
  type TeamRow,
} from '../../core';
import { deterministicIds } from './deterministicIds';
import { demoArticles } from './demoArticles';
import { demoLabelDefs } from './demoLabelDefs';
import { DAY, DEMO_BASE_TIME, HOUR, MINUTE, demoAgents, demoColleagues, demoCustomers, demoTeams, type DemoTeamKey } from './demoPeople';
import { demoTeamCalendars } from './demoTeamCalendars';
import { demoAutomations, demoMacros, demoRoutingRules, demoSlaPolicies, demoSlaTargets } from './demoWorkspace';
import { generateCustomer } from './generateCustomer';
import { handWrittenTickets } from './handWrittenTickets';
import { demoWarehouseStories } from './demoWarehouseStories';
import { SeededRandom } from './SeededRandom';
import type { WorldContext, WorldRates } from './WorldContext';
import { WorldCountPlan } from './WorldCountPlan';
import type { WorldTargets } from './seedLargeTargets';

export interface WorldOptions {
  seed: number;
  /** Generated customers, not counting the named demo customers. */
  customers: number;
  rates: WorldRates;
  /** Minimum shipments and tickets to reach (the large seed); without it counts follow the rates alone. */
  targets?: Pick<WorldTargets, 'shipments' | 'tickets'>;
}

export interface World {
  /** Teams, agents, knowledge base, macros, automations, SLA policies, the named customers and their hand-written tickets. */
  header(): RowChange[];
  /** The next `count` generated customers with everything that hangs off them (call after header). */
  customers(count: number): RowChange[];
  /** Highest ticket number used so far. */
  lastTicketNumber(): number;
}

/** The world's "now": two days after the demo base time, so the hand-written tickets are recent. */
export const WORLD_NOW = DEMO_BASE_TIME + 2 * DAY;

/**
 * A deterministic logistics world: the same options give the same rows, ids and timestamps on
 * every machine (seeded faker + seeded PRNG + deterministic ids, fixed clock). Generated in
 * chunks so the large data set never needs to be in memory at once.
 */
export function createWorld(options: WorldOptions): World {
  const faker = new Faker({ locale: [en, base] });
  faker.seed(options.seed);
  const id = deterministicIds(options.seed);
  const ticketTeams = new Map<string, string>();
  let out: RowChange[] = [];
  const lookup = { ticketTeamId: (ticketId: string) => ticketTeams.get(ticketId) };
  const plan = options.targets ? new WorldCountPlan(options.targets, options.customers, options.rates.generalTicketsPerCustomer) : undefined;
  const emit = <E extends EntityName>(entity: E, row: AnyRow): void => {
    if (entity === 'tickets' && 'teamId' in row && row.teamId !== null) ticketTeams.set(row.id, row.teamId);
    plan?.count(entity);
    const scope = scopeOfRow(entity, row as never, lookup);
    if (scope === null) throw new Error(`seed: ${entity} ${row.id} has no scope (its ticket was not generated first)`);
    out.push({ op: 'upsert', entity, id: row.id, scope, row } as RowChange);
  };

  const teams = {} as Record<DemoTeamKey, string>;
  const agentsByTeam: Record<DemoTeamKey, string[]> = { parcel: [], freight: [], customs: [] };
  const agentIds = new Map<string, string>();
  const calendars = new Map<string, BusinessCalendar>();
  const ctx: WorldContext = {
    rng: new SeededRandom(options.seed ^ 0x5eed),
    faker,
    id,
    now: WORLD_NOW,
    teams,
    agentsByTeam,
    calendarOf: (teamId) => calendarOfTeam({ calendar: calendars.get(teamId) ?? null }),
    slaPolicy: demoSlaTargets,
    counters: { order: 104_200, tracking: 48_213_000, ticket: 1001 },
    rates: options.rates,
    ...(plan ? { plan } : {}),
    emit,
  };
  const take = (): RowChange[] => {
    const chunk = out;
    out = [];
    return chunk;
  };

  return {
    header() {
      const founded = DEMO_BASE_TIME - 400 * DAY;
      for (const [i, t] of demoTeams.entries()) {
        const row: TeamRow = { id: id(founded + i), name: t.name, createdAt: founded, calendar: demoTeamCalendars[t.key] };
        teams[t.key] = row.id;
        calendars.set(row.id, demoTeamCalendars[t.key]);
        emit('teams', row);
      }
      const people = [...demoAgents.map((a) => ({ ...a, key: a.key as string })), ...demoColleagues.map((c) => ({ ...c, key: c.email }))];
      for (const [i, a] of people.entries()) {
        const createdAt = founded + DAY + i * MINUTE;
        const row: AgentRow = { id: id(createdAt), teamId: teams[a.team], name: a.name, email: a.email, role: a.role, createdAt, signature: '' };
        agentIds.set(a.key, row.id);
        agentsByTeam[a.team].push(row.id);
        emit('agents', row);
      }
      const authors = [...agentIds.values()];
      for (const [i, a] of demoArticles.entries()) {
        const updatedAt = DEMO_BASE_TIME - (60 - i * 3) * DAY;
        emit('kb_articles', { id: id(updatedAt), ...a, updatedAt, authorId: authors[i % authors.length] ?? null });
      }
      const macroIds: string[] = [];
      for (const [i, m] of demoMacros.entries()) {
        const row = { id: id(founded + 2 * DAY + i), ...m, ownerAgentId: null, archived: false };
        macroIds.push(row.id);
        emit('macros', row);
      }
      for (const [i, a] of demoAutomations.entries()) {
        emit('automations', { id: id(founded + 3 * DAY + i), name: a.name, trigger: a.trigger, enabled: a.enabled, config: a.config(macroIds) });
      }
      for (const [i, r] of demoRoutingRules.entries()) {
        const config = { position: r.position, conditions: r.conditions, teamId: teams[r.team], autoAssign: r.autoAssign };
        emit('automations', { id: id(founded + 3 * DAY + HOUR + i), name: r.name, trigger: routingTrigger, enabled: true, config });
      }
      for (const policy of demoSlaPolicies((i) => id(founded + 4 * DAY + i))) emit('sla_policies', policy);
      const labels = demoLabelDefs(founded + 5 * DAY);
      for (const row of labels.tags) emit('tag_defs', row);
      for (const row of labels.fields) emit('field_defs', row);
      const named = new Map<string, string>();
      for (const c of demoCustomers) {
        const { key, ...fields } = c;
        named.set(key, generateCustomer(ctx, { ...fields, preferences: structuredClone(fields.preferences) }).id);
      }
      handWrittenTickets(ctx, named, agentIds);
      // Their own id stream: the generated customers after them keep the ids they always had.
      demoWarehouseStories(ctx, named, deterministicIds(options.seed ^ 0x3a4e));
      return take();
    },
    customers(count) {
      for (let i = 0; i < count; i++) generateCustomer(ctx, null);
      return take();
    },
    lastTicketNumber: () => ctx.counters.ticket - 1,
  };
}
