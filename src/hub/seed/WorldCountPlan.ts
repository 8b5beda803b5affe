import type { EntityName } from '../../core';
import type { SeededRandom } from './SeededRandom';
import type { WorldTargets } from './seedLargeTargets';

/**
 * Steers the random per-customer counts so a generated world reaches its targets: each
 * customer's shipment count is drawn around what the remaining customers still need (same
 * spread as the plain rates, 0.4–1.6 × the mean), so shortfalls are made up along the way and
 * the last customer tops up whatever is still missing. General tickets likewise, after
 * allowing for the tickets problem shipments bring (estimated from the customers so far).
 * Deterministic: it only reads counts and the world's seeded random numbers.
 */
export class WorldCountPlan {
  private readonly totals = { shipments: 0, tickets: 0 };
  private remaining: number;
  private done = 0;
  private shipmentTickets = 0;
  private ticketsAtStart = 0;

  constructor(
    private readonly targets: Pick<WorldTargets, 'shipments' | 'tickets'>,
    customers: number,
    /** Mean general tickets per customer to assume before any customer was generated. */
    private readonly generalPerCustomer: number,
  ) {
    this.remaining = customers;
  }

  /** Every emitted row passes here (the header's named customers count towards the targets too). */
  count(entity: EntityName): void {
    if (entity === 'shipments') this.totals.shipments += 1;
    if (entity === 'tickets') this.totals.tickets += 1;
  }

  /** Shipments for the next generated customer, from one uniform draw `u` ∈ [0, 1). */
  shipmentsFor(u: number): number {
    this.ticketsAtStart = this.totals.tickets;
    const left = Math.max(0, this.targets.shipments - this.totals.shipments);
    const mean = left / Math.max(1, this.remaining);
    const n = Math.max(0, Math.round(mean * (0.4 + u * 1.2)));
    return this.remaining <= 1 ? Math.max(n, left) : n;
  }

  /** General (non-shipment) tickets for the customer whose shipments were just generated; closes the customer. */
  generalTicketsFor(rng: SeededRandom): number {
    this.shipmentTickets += this.totals.tickets - this.ticketsAtStart;
    this.done += 1;
    const perCustomer = this.shipmentTickets / this.done;
    const left = Math.max(0, this.targets.tickets - this.totals.tickets);
    const others = this.remaining - 1;
    // What the other remaining customers' shipments will likely bring, then their general share.
    const othersNeed = Math.max(0, left - perCustomer * others);
    const mean = this.done === 1 && others > 0 ? this.generalPerCustomer : othersNeed / Math.max(1, this.remaining);
    let n = Math.floor(mean) + (rng.chance(mean % 1) ? 1 : 0);
    if (others === 0) n = Math.max(n, left);
    this.remaining = Math.max(0, this.remaining - 1);
    return n;
  }
}
