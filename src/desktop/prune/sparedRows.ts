import type { LocalStore } from '../db/localStore';

/** Rows the prune must keep whatever the window says: pending edits and recently opened records. */
export interface SparedRows {
  /** Ids of any entity: stashed rows, ids named in outbox or parked changes, opened tickets and shipments. */
  ids: ReadonlySet<string>;
  /** Customers whose 360 was opened: their tickets, orders, shipments and exceptions stay too. */
  customers: ReadonlySet<string>;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every UUID-shaped string in a mutation's arguments: the rows a pending change may still touch. */
function collectIds(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    if (ID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collectIds(v, into);
  }
}

/** Reads what is spared now; `openedSince` (epoch ms) is how far back an open still counts. */
export function sparedRows(store: LocalStore, openedSince: number): SparedRows {
  const ids = new Set<string>();
  const customers = new Set<string>();
  for (const s of store.sqlite.prepare<[], { id: string }>('SELECT id FROM stash').all()) ids.add(s.id);
  const pending = store.sqlite.prepare<[], { args: string }>('SELECT args FROM outbox UNION ALL SELECT args FROM parked_changes').all();
  for (const p of pending) collectIds(JSON.parse(p.args), ids);
  const opens = store.sqlite
    .prepare<[number], { entity: string; id: string }>('SELECT entity, id FROM recent_opens WHERE opened_at >= ?')
    .all(openedSince);
  for (const o of opens) (o.entity === 'customers' ? customers : ids).add(o.id);
  return { ids, customers };
}
