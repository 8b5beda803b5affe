import { z } from 'zod';
import { tenantScope } from '../domain/scopes';
import { fieldDefRowSchema, fieldKeySchema, fieldTypeSchema, type FieldDefRow } from '../domain/ticketLabelRows';
import { labelDefId } from '../labels/labelDefId';
import { defineMutation } from './MutationDef';
import { requireLabelEditor } from './access';
import { MutationRejection } from './MutationRejection';

export const fieldDefSaveArgs = z
  .object({
    key: fieldKeySchema,
    // The definition's own rules (one place): label, choices, currency.
    label: fieldDefRowSchema.shape.label,
    type: fieldTypeSchema,
    options: fieldDefRowSchema.shape.options,
    currency: fieldDefRowSchema.shape.currency,
  })
  .refine((a) => !a.type.endsWith('_select') || a.options.length > 0, { message: 'a select field needs choices', path: ['options'] });
export type FieldDefSaveArgs = z.infer<typeof fieldDefSaveArgs>;

/** A lead or admin defines a typed custom field for tickets; the id follows the key, whose type never changes. */
export const fieldDefSave = defineMutation({
  name: 'fieldDef.save',
  callers: 'agents',
  args: fieldDefSaveArgs,
  reads: (args) => [{ entity: 'field_defs', id: labelDefId('field', args.key) }],
  apply(args, rows, ctx) {
    requireLabelEditor(ctx.actor);
    const id = labelDefId('field', args.key);
    const existing = rows.get('field_defs', id);
    // Stored values were checked against the old type; changing it would strand them.
    if (existing && existing.type !== args.type) {
      throw new MutationRejection('conflict', `${existing.label} is a ${existing.type} field; its type cannot change.`);
    }
    const row: FieldDefRow = {
      id,
      key: args.key,
      label: args.label,
      type: args.type,
      options: args.type.endsWith('_select') ? [...new Set(args.options)] : [],
      currency: args.type === 'money' ? (args.currency ?? 'USD') : null,
      updatedAt: Math.max(ctx.now, existing ? existing.updatedAt + 1 : 0),
    };
    return [{ op: 'upsert', entity: 'field_defs', id, scope: tenantScope, row }];
  },
});
