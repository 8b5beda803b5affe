import type { Faker } from '@faker-js/faker';
import type { BusinessCalendar, EntityName, EntityRowMap, SlaTarget } from '../../core';
import type { DemoTeamKey } from './demoPeople';
import type { SeededRandom } from './SeededRandom';
import type { WorldCountPlan } from './WorldCountPlan';

/** How much of everything a generated world holds, per customer. */
export interface WorldRates {
  /** Mean shipments per customer (each with its order, mostly). */
  shipmentsPerCustomer: number;
  /** Mean tickets per customer not about a problem shipment (questions, changes, invoices). */
  generalTicketsPerCustomer: number;
  /** Chance that a problem shipment has a ticket about it. */
  problemTicketChance: number;
}

/** Everything the generators share: randomness, ids, the clock, teams and counters. */
export interface WorldContext {
  rng: SeededRandom;
  faker: Faker;
  /** Deterministic UUID v7 for a record born at `ms`. */
  id(ms: number): string;
  /** The world's "now": nothing happens after it. */
  now: number;
  teams: Record<DemoTeamKey, string>;
  agentsByTeam: Record<DemoTeamKey, readonly string[]>;
  /** Each team's business calendar by team id: seeded SLA clocks run on it, as the hub's do. */
  calendarOf(teamId: string): BusinessCalendar;
  /** The SLA policy seeded tickets are timed against (the demo policy rows). */
  slaPolicy: readonly SlaTarget[];
  counters: { order: number; tracking: number; ticket: number };
  rates: WorldRates;
  /** Large world only: steers generated customers' counts to reach the targets (absent = plain rates). */
  plan?: WorldCountPlan;
  /** Receives every generated row, parents before children. */
  emit<E extends EntityName>(entity: E, row: EntityRowMap[E]): void;
}
