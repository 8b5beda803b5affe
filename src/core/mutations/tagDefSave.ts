import { z } from 'zod';
import { tenantScope } from '../domain/scopes';
import { tagColourSchema, tagNameSchema, type TagDefRow } from '../domain/ticketLabelRows';
import { labelDefId } from '../labels/labelDefId';
import { defineMutation } from './MutationDef';
import { requireLabelEditor } from './access';

export const tagDefSaveArgs = z.object({
  name: tagNameSchema,
  colour: tagColourSchema,
});
export type TagDefSaveArgs = z.infer<typeof tagDefSaveArgs>;

/** A lead or admin defines a tag's colour (tenant-wide); the id follows the name, so saving again edits it. */
export const tagDefSave = defineMutation({
  name: 'tagDef.save',
  callers: 'agents',
  args: tagDefSaveArgs,
  reads: (args) => [{ entity: 'tag_defs', id: labelDefId('tag', args.name) }],
  apply(args, rows, ctx) {
    requireLabelEditor(ctx.actor);
    const id = labelDefId('tag', args.name);
    const existing = rows.get('tag_defs', id);
    const row: TagDefRow = { id, name: args.name, colour: args.colour, updatedAt: Math.max(ctx.now, existing ? existing.updatedAt + 1 : 0) };
    return [{ op: 'upsert', entity: 'tag_defs', id, scope: tenantScope, row }];
  },
});
