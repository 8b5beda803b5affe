import type { EntityName, EntityRowMap } from '../domain/entities';
import type { MutationEnvelope } from '../contract/mutationEnvelope';
import { ownedKey, rowKey, type MutationContext, type OwnedRef, type RowChange, type RowRef, type SequenceCounts } from './MutationDef';
import { MutationRejection } from './MutationRejection';
import { isMutationName, mutationRegistry } from './registry';

/** Loads the rows a mutation reads; sync on the desktop (SQLite), async on the hub (Postgres). */
export type RowLoader<R> = (refs: RowRef[]) => R;
type Rows = Map<string, EntityRowMap[EntityName] | undefined>;
/** Rows loaded for `readsOwned`, by `ownedKey(entity, customerId)`. */
export type OwnedRows = ReadonlyMap<string, readonly EntityRowMap[EntityName][]>;

/**
 * Validates an envelope and prepares its run: the caller loads `refs`, then calls `apply`.
 * Splitting the two keeps the effect pure and lets each side load rows its own way.
 */
export function prepareMutation(envelope: Pick<MutationEnvelope, 'name' | 'args'>): {
  refs: RowRef[];
  /** Rows to load by owner (empty for most mutations). */
  owned: OwnedRef[];
  sequences: SequenceCounts;
  apply(rows: Rows, ctx: MutationContext, owned?: OwnedRows): RowChange[];
} {
  if (!isMutationName(envelope.name)) {
    throw new MutationRejection('unknown_mutation', `Unknown mutation "${envelope.name}".`);
  }
  const def = mutationRegistry[envelope.name];
  const parsed = def.args.safeParse(envelope.args);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'args'}: ${i.message}`).join('; ');
    throw new MutationRejection('invalid_args', `Invalid arguments for ${envelope.name}: ${detail}`);
  }
  // Each def's args type matches its own apply; the registry lookup loses that link for TS.
  const args = parsed.data as never;
  return {
    refs: def.reads(args),
    owned: def.readsOwned?.(args) ?? [],
    sequences: def.sequences?.(args) ?? {},
    apply: (rows, ctx, owned = new Map()) =>
      def.apply(
        args,
        {
          get: (entity, id) => rows.get(rowKey(entity, id)) as never,
          owned: (entity, customerId) => [...(owned.get(ownedKey(entity, customerId)) ?? [])] as never,
        },
        ctx,
      ),
  };
}

export function rowsFromList(refs: RowRef[], found: (EntityRowMap[EntityName] | undefined)[]): Rows {
  return new Map(refs.map((ref, i) => [rowKey(ref.entity, ref.id), found[i]]));
}
