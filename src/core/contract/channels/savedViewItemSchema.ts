import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { savedViewQuerySchema } from '../../domain/savedViewRows';

/** A saved view as the inbox navbar lists it: whose it is and whether this agent may change it. */
export const savedViewItemSchema = z.object({
  id: idSchema,
  name: z.string(),
  teamId: idSchema.nullable(),
  /** The team's name for a shared view. */
  teamName: z.string().nullable(),
  query: savedViewQuerySchema,
  /** Owner for a personal view; lead of the team or admin for a shared one. */
  canEdit: z.boolean(),
});
export type SavedViewItem = z.infer<typeof savedViewItemSchema>;
