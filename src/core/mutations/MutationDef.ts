import type { z } from 'zod';
import type { AgentRole } from '../domain/rows';
import type { EntityName, EntityRowMap } from '../domain/entities';
import type { Scope } from '../domain/scopes';

/**
 * A signed-in person. The hub fills it from the verified token, never from the client.
 * `kind` may be absent: actors kept before system actors existed (handed-over replicas) are agents.
 */
export interface AgentActor {
  kind?: 'agent';
  agentId: string;
  role: AgentRole;
  teamId: string;
}

/** The hub's own writers: each names itself in the audit trail; none is an agent row. */
/** `system:connectors`: what carriers' connectors report back (callbacks, dispatch outcomes). */
export type SystemActorId = 'system:ingest' | 'system:rules' | 'system:seed' | 'system:survey' | 'system:connectors' | 'system:retention';

/** The hub writing on its own account (an inbound email, a rule's notification, the seed, a customer's survey answer). */
export interface SystemActor {
  kind: 'system';
  systemId: SystemActorId;
}

/** Who runs the mutation: an agent (desktop, admin routes) or the hub itself. */
export type Actor = AgentActor | SystemActor;

/** Hub-allocated counters (e.g. human ticket numbers). Absent when the client runs optimistically. */
export type SequenceName = 'ticketNumber';

/** How many of each counter one run takes; the hub hands out a contiguous block. */
export type SequenceCounts = Partial<Record<SequenceName, number>>;

export interface MutationContext {
  actor: Actor;
  /** Clock of whoever runs it: the client's for the optimistic run, the hub's for the real one. */
  now: number;
  /** The first number of each block asked for by `sequences` (a run taking 3 uses n, n+1, n+2). */
  sequences: Partial<Record<SequenceName, number>>;
}

/** A row the effect needs to read: the runner loads these before calling `apply`. */
export interface RowRef<E extends EntityName = EntityName> {
  entity: E;
  id: string;
}

/** What an effect writes: the full new row (upsert) or a removal, and the scope it replicates to. */
export type RowChange = {
  [E in EntityName]:
    | { op: 'upsert'; entity: E; id: string; scope: Scope; row: EntityRowMap[E] }
    // movedTo: the row left this scope for that team's (a transfer); the old scope is told where it went.
    | { op: 'delete'; entity: E; id: string; scope: Scope; row: null; movedTo?: string };
}[EntityName];

/** Entities that belong to a customer (a `customerId` column): what a customer merge moves. */
export type OwnedEntity = 'contacts' | 'orders' | 'invoices' | 'shipments' | 'tickets' | 'exceptions' | 'csat_responses';

/** Every row of `entity` owned by a customer; the runner loads what its side can see (the hub: all). */
export interface OwnedRef {
  entity: OwnedEntity;
  customerId: string;
}

export type LoadedRows = ReadonlyMap<string, EntityRowMap[EntityName] | undefined>;

/**
 * Who may ask for a mutation. `agents`: people (each mutation's access rules check the role);
 * the desktop offers it as an IPC channel of the same name and the hub accepts it in a push.
 * `hub`: the hub's own routes run it for a signed-in admin, beside hub-only reads and writes
 * (password hashes, the email-clash lookup); never pushed by a desktop. `system`: only the
 * hub's own writers (ingest, rules, seed).
 */
export type MutationCallers = 'agents' | 'hub' | 'system';

/**
 * A mutation, defined once and run twice: optimistically on the desktop replica, then
 * authoritatively on the hub. `apply` is pure: rows in, changes out; it throws
 * MutationRejection to refuse. The args schema's own type is kept (not widened) so the IPC
 * channel generated from it types the renderer's input exactly.
 */
export interface MutationDef<Name extends string, Schema extends z.ZodType, Callers extends MutationCallers = MutationCallers> {
  name: Name;
  callers: Callers;
  args: Schema;
  /** Counters this run needs (e.g. a ticket number per ticket it opens). */
  sequences?(args: z.output<Schema>): SequenceCounts;
  reads(args: z.output<Schema>): RowRef[];
  /** Rows found by owner rather than id (a customer merge); most mutations read by id only. */
  readsOwned?(args: z.output<Schema>): OwnedRef[];
  apply(args: z.output<Schema>, rows: RowReader, ctx: MutationContext): RowChange[];
}

/** Typed access to the rows that `reads` asked for. */
export interface RowReader {
  get<E extends EntityName>(entity: E, id: string): EntityRowMap[E] | undefined;
  /** The rows a `readsOwned` ref asked for; empty when none were asked for. */
  owned<E extends OwnedEntity>(entity: E, customerId: string): EntityRowMap[E][];
}

export function rowKey(entity: EntityName, id: string): string {
  return `${entity}:${id}`;
}

export function ownedKey(entity: OwnedEntity, customerId: string): string {
  return `${entity}@${customerId}`;
}

export function defineMutation<Name extends string, Schema extends z.ZodType, Callers extends MutationCallers>(
  def: MutationDef<Name, Schema, Callers>,
): MutationDef<Name, Schema, Callers> {
  return def;
}
