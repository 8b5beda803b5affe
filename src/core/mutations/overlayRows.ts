import type { RowChange, RowReader } from './MutationDef';
import { rowKey } from './MutationDef';

/** The rows as a composite mutation's earlier steps left them: their changes over the loaded rows. */
export function overlayRows(base: RowReader, changes: readonly RowChange[]): RowReader {
  const written = new Map(changes.map((c) => [rowKey(c.entity, c.id), c.row]));
  return {
    get: (entity, id) => {
      const key = rowKey(entity, id);
      // A step's row is the entity it names (RowChange pairs them); the map loses that link for TS.
      return written.has(key) ? ((written.get(key) ?? undefined) as never) : base.get(entity, id);
    },
    // Composite steps read by id; owner lists come from the load, as before the first step.
    owned: (entity, customerId) => base.owned(entity, customerId),
  };
}
