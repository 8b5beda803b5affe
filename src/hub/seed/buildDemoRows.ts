import type { RowChange } from '../../core';
import { createWorld } from './createWorld';

export const DEMO_SEED = 0x4e1a7;

/** The demo world: a few hundred customers, their orders, shipments, scans, tickets and exceptions. */
export const demoWorldOptions = {
  seed: DEMO_SEED,
  customers: 240,
  rates: { shipmentsPerCustomer: 1.5, generalTicketsPerCustomer: 0.4, problemTicketChance: 0.7 },
};

/** The demo data set as row changes, identical on every run; ticket numbers run from 1001. */
export function buildDemoRows(): { rows: RowChange[]; lastTicketNumber: number } {
  const world = createWorld(demoWorldOptions);
  const rows = [...world.header(), ...world.customers(demoWorldOptions.customers)];
  return { rows, lastTicketNumber: world.lastTicketNumber() };
}
