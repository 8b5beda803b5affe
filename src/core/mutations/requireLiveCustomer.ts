import type { CustomerRow } from '../domain/rows';
import { MutationRejection } from './MutationRejection';

/** A customer that exists and was not merged away (its tombstone only redirects). */
export function requireLiveCustomer(customer: CustomerRow | undefined, customerId: string): CustomerRow {
  if (!customer) throw new MutationRejection('not_found', `Customer ${customerId} does not exist.`);
  if (customer.mergedIntoId !== null) {
    throw new MutationRejection('conflict', `${customer.name} was merged into another customer; work on that customer instead.`);
  }
  return customer;
}
