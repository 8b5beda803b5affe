import { z } from 'zod';
import { channelSchema, ticketPrioritySchema, ticketStatusSchema } from './rows';
import { idSchema, timestampSchema } from './ids';
import { fieldFilterSchema, ticketSortSchema, ticketViewSchema } from '../contract/ticketQuerySchemas';

/**
 * The inbox query a saved view keeps: the view, the filter bar and the sort, whole. Unknown keys
 * are kept (loose) so filters added later survive a save by an older client.
 */
export const savedViewQuerySchema = z.looseObject({
  view: ticketViewSchema.default('all'),
  channel: z.array(channelSchema).max(10).default(() => []),
  status: z.array(ticketStatusSchema).max(10).default(() => []),
  priority: z.array(ticketPrioritySchema).max(10).default(() => []),
  search: z.string().trim().max(200).default(''),
  tags: z.array(z.string().min(1).max(60)).max(50).default(() => []),
  fields: fieldFilterSchema.default(() => ({})),
  sort: ticketSortSchema.default('newest'),
});
export type SavedViewQuery = z.infer<typeof savedViewQuerySchema>;

/** A named inbox query: personal (teamId null, only its owner sees it) or shared with a team. */
export const savedViewRowSchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1, 'Give the view a name').max(80, 'Keep the name under 80 characters'),
  ownerId: idSchema,
  /** null = personal; a team id = shared with everyone in that team. */
  teamId: idSchema.nullable().default(null),
  query: savedViewQuerySchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type SavedViewRow = z.infer<typeof savedViewRowSchema>;
