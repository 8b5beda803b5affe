import { prepareMutation, rowsFromList, type AnyRow, type MutationContext, type RowChange } from '../../../src/core';

/** A registered mutation run as a replica would: its declared reads found by id in `db`, then `apply`. */
export function runCoreMutation(name: string, args: unknown, db: readonly AnyRow[], ctx: MutationContext): RowChange[] {
  const prepared = prepareMutation({ name, args });
  const byId = new Map(db.map((row) => [row.id, row]));
  return prepared.apply(rowsFromList(prepared.refs, prepared.refs.map((ref) => byId.get(ref.id))), ctx);
}
