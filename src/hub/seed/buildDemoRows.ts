import type { RowChange } from '../../core';
import { WORLD_NOW, createWorld } from './createWorld';
import { resyncSeededSla } from './resyncSeededSla';
import { demoTimeShift, shiftDemoTime } from './shiftDemoTime';

export const DEMO_SEED = 0x4e1a7;

/** The demo world: a few hundred customers, their orders, shipments, scans, tickets and exceptions. */
export const demoWorldOptions = {
  seed: DEMO_SEED,
  customers: 240,
  rates: { shipmentsPerCustomer: 1.5, generalTicketsPerCustomer: 0.4, problemTicketChance: 0.7 },
};

/**
 * The demo data set as row changes, identical on every run; ticket numbers run from 1001. Given
 * `seededAt`, the world is moved forward by whole days so it happens "now" (today's tickets, fresh
 * exceptions) instead of on its written dates in November 2026, with SLA clocks on the new dates.
 */
export function buildDemoRows(seededAt?: number): { rows: RowChange[]; lastTicketNumber: number } {
  const world = createWorld(demoWorldOptions);
  const rows = [...world.header(), ...world.customers(demoWorldOptions.customers)];
  const shift = seededAt === undefined ? 0 : demoTimeShift(WORLD_NOW, seededAt);
  return { rows: shift === 0 ? rows : resyncSeededSla(shiftDemoTime(rows, shift)), lastTicketNumber: world.lastTicketNumber() };
}
