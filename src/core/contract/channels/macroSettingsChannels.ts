import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { macroRowSchema } from '../../domain/workspaceRows';

/** A ticket the Macros page can preview against. */
export const macroSampleTicketSchema = z.object({ id: idSchema, number: z.number().int().nullable(), subject: z.string() });
export type MacroSampleTicket = z.infer<typeof macroSampleTicketSchema>;

export const macroPreviewSchema = z.object({
  text: z.string(),
  unknown: z.array(z.string()),
  missing: z.array(z.string()),
  /** What it was rendered against: a replica ticket, or the built-in sample when there is none. */
  sample: z.enum(['ticket', 'built_in']),
});
export type MacroPreview = z.infer<typeof macroPreviewSchema>;

/** IPC channels of Settings → Macros (merged into ipcContract); writes are the `macro.save` channel. */
export const macroSettingsChannels = {
  /** Shared macros and the signed-in agent's personal ones, archived ones too, by title; plus recent tickets to preview on. */
  'macros.settings': {
    input: z.object({}),
    output: z.object({ macros: z.array(macroRowSchema), samples: z.array(macroSampleTicketSchema) }),
  },
  /** A draft body filled by core's renderMacro for a ticket (else the built-in sample), as the composer would. */
  'macros.preview': {
    input: z.object({ body: z.string().max(50_000), ticketId: idSchema.nullable() }),
    output: macroPreviewSchema,
  },
} as const;
