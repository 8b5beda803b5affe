import { z } from 'zod';
import { entityNameSchema, entityNames, entityRowSchemas, type EntityName, type EntityRowMap } from '../domain/entities';
import { scopeOfRow, type ScopeLookup } from '../domain/scopeOfRow';
import { defineMutation, type RowChange, type RowRef } from './MutationDef';
import { requireSystemActor } from './access';
import { MutationRejection } from './MutationRejection';

/** Rows per entity, each parsed by its entity's row schema (defaults filled in). */
export type SeedRows = { [E in EntityName]?: EntityRowMap[E][] };

export const seedLoadArgs = z
  .object({ rows: z.partialRecord(entityNameSchema, z.array(z.unknown())) })
  .transform((args, ctx): { rows: SeedRows } => {
    const rows: Record<string, unknown[]> = {};
    for (const [entity, list] of Object.entries(args.rows) as [EntityName, unknown[]][]) {
      rows[entity] = list.map((raw, i) => {
        const parsed = entityRowSchemas[entity].safeParse(raw);
        if (parsed.success) return parsed.data;
        for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: ['rows', entity, i, ...issue.path], message: issue.message });
        return null;
      });
    }
    // Each list was parsed by its own entity's schema just above; TS cannot follow that link.
    return { rows: rows as SeedRows };
  });
export type SeedLoadArgs = z.input<typeof seedLoadArgs>;

/** Children that replicate with their ticket's team (messages, CSAT) and whose ticket is not in this load. */
function ticketsToRead(rows: SeedRows): string[] {
  const present = new Set((rows.tickets ?? []).map((t) => t.id));
  const wanted = new Set<string>();
  for (const child of [...(rows.messages ?? []), ...(rows.csat_responses ?? [])]) {
    if (!present.has(child.ticketId)) wanted.add(child.ticketId);
  }
  return [...wanted];
}

/**
 * The seed (and only the seed) writes a data set: every row upserted in the scope it
 * replicates in, parents before children. The hub runs it in chunks, one audit entry each;
 * a child whose ticket came in an earlier chunk finds its team through `reads`.
 */
export const seedLoad = defineMutation({
  name: 'seed.load',
  callers: 'system',
  args: seedLoadArgs,
  reads: (args) => ticketsToRead(args.rows).map((id): RowRef => ({ entity: 'tickets', id })),
  apply(args, rows, ctx) {
    requireSystemActor(ctx.actor, ['system:seed']);
    const teamOfTicket = new Map((args.rows.tickets ?? []).map((t) => [t.id, t.teamId]));
    const lookup: ScopeLookup = { ticketTeamId: (id) => teamOfTicket.get(id) ?? rows.get('tickets', id)?.teamId };
    const out: RowChange[] = [];
    for (const entity of entityNames) upserts(entity, args.rows[entity] ?? [], lookup, out);
    return out;
  },
});

function upserts<E extends EntityName>(entity: E, list: readonly EntityRowMap[E][], lookup: ScopeLookup, out: RowChange[]): void {
  for (const row of list) {
    const scope = scopeOfRow(entity, row, lookup);
    if (scope === null) throw new MutationRejection('invalid_args', `seed: ${entity} ${row.id} belongs to a ticket that is neither loaded nor stored.`);
    // entity and row are paired by E; the distributive RowChange union cannot see it.
    out.push({ op: 'upsert', entity, id: row.id, scope, row } as RowChange);
  }
}
