import { z } from 'zod';
import { tenantScope } from '../domain/scopes';
import { fieldKeySchema, fieldTypeSchema, type FieldDefRow } from '../domain/ticketLabelRows';
import { labelDefId } from '../labels/labelDefId';
import { defineMutation } from './MutationDef';
import { requireLabelEditor } from './access';
import { MutationRejection } from './MutationRejection';

export const fieldDefSaveArgs = z
  .object({
    key: fieldKeySchema,
    label: z.string().trim().min(1, 'give the field a label').max(80, 'a label is at most 80 characters'),
    type: fieldTypeSchema,
    options: z.array(z.string().trim().min(1, 'a choice cannot be empty').max(80)).max(100).default(() => []),
    currency: z.string().regex(/^[A-Z]{3}$/, 'a currency is three capital letters (USD)').nullable().default(null),
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
