import type { z } from 'zod';
import { messageSend } from './messageSend';
import { ticketCreate } from './ticketCreate';
import { ticketUpdate } from './ticketUpdate';

/** Every mutation Relay knows, by name. The hub refuses any name not listed here. */
export const mutationRegistry = {
  [messageSend.name]: messageSend,
  [ticketCreate.name]: ticketCreate,
  [ticketUpdate.name]: ticketUpdate,
} as const;

export type MutationName = keyof typeof mutationRegistry;
export type MutationArgs<N extends MutationName> = z.input<(typeof mutationRegistry)[N]['args']>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutationRegistry, name);
}
