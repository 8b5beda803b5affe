import { z } from 'zod';
import { idSchema } from '../domain/ids';
import { teamScope } from '../domain/scopes';
import { tagNameSchema } from '../domain/ticketLabelRows';
import { defineMutation } from './MutationDef';
import { requireTicketAccess } from './access';
import { MutationRejection } from './MutationRejection';

export const ticketSetTagsArgs = z
  .object({
    id: idSchema,
    // Adds and removes, not the whole list: two agents tagging offline both keep their tags.
    add: z.array(tagNameSchema).max(50).default(() => []),
    remove: z.array(tagNameSchema).max(50).default(() => []),
  })
  .refine((a) => a.add.length + a.remove.length > 0, { message: 'nothing to change: give tags to add or remove' });
export type TicketSetTagsArgs = z.infer<typeof ticketSetTagsArgs>;

/** Tags or untags a ticket; a tag needs no definition (it shows grey until a lead gives it a colour). */
export const ticketSetTags = defineMutation({
  name: 'ticket.setTags',
  callers: 'agents',
  args: ticketSetTagsArgs,
  reads: (args) => [{ entity: 'tickets', id: args.id }],
  apply(args, rows, ctx) {
    const ticket = requireTicketAccess(ctx.actor, rows.get('tickets', args.id), args.id);
    const removed = new Set(args.remove);
    const tags = [...new Set([...ticket.tags.filter((t) => !removed.has(t)), ...args.add.filter((t) => !removed.has(t))])];
    if (tags.length > 50) throw new MutationRejection('invalid_args', 'tags: a ticket has at most 50 tags');
    const row = { ...ticket, tags, updatedAt: ctx.now };
    return [{ op: 'upsert', entity: 'tickets', id: ticket.id, scope: teamScope(ticket.teamId), row }];
  },
});
