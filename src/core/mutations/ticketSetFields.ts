import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import { fieldKeySchema, fieldValueSchema, type FieldDefRow } from '../domain/ticketLabelRows';
import { checkFieldValues } from '../labels/checkFieldValues';
import { labelDefId } from '../labels/labelDefId';
import type { RowReader } from './MutationDef';
import { defineMutation } from './MutationDef';
import { requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const ticketFieldValuesSchema = z.record(fieldKeySchema, fieldValueSchema.nullable());

export const ticketSetFieldsArgs = z.object({
  id: idSchema,
  /** Only the fields to change; null (or blank) clears one. */
  values: ticketFieldValuesSchema.refine((v) => Object.keys(v).length > 0, 'nothing to change: give a field value'),
});
export type TicketSetFieldsArgs = z.infer<typeof ticketSetFieldsArgs>;

/** The definitions of the keys named, read by their derived ids. */
export function fieldDefsFor(keys: readonly string[], rows: RowReader): Map<string, FieldDefRow> {
  const defs = new Map<string, FieldDefRow>();
  for (const key of keys) {
    const def = rows.get('field_defs', labelDefId('field', key));
    if (def) defs.set(key, def);
  }
  return defs;
}

/** Sets or clears custom field values on a ticket, each checked against its field's type and choices. */
export const ticketSetFields = defineMutation({
  name: 'ticket.setFields',
  callers: 'agents',
  args: ticketSetFieldsArgs,
  reads: (args) => [
    { entity: 'tickets', id: args.id },
    ...Object.keys(args.values).map((key) => ({ entity: 'field_defs' as const, id: labelDefId('field', key) })),
  ],
  apply(args, rows, ctx) {
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.id), args.id);
    const checked = checkFieldValues(fieldDefsFor(Object.keys(args.values), rows), args.values);
    if (checked.problems.length > 0) throw new MutationRejection('invalid_args', checked.problems.map((p) => p.message).join('; '));
    const fields = { ...ticket.fields, ...checked.fields };
    for (const key of checked.cleared) delete fields[key];
    const row = { ...ticket, fields, updatedAt: ctx.now };
    return [{ op: 'upsert', entity: 'tickets', id: ticket.id, scope: teamScope(ticket.teamId), row }];
  },
});
