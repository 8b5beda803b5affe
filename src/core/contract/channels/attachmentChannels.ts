import { z } from 'zod';
import { idSchema } from '../../domain/ids';
import { uploadedAttachmentSchema } from '../../attachments/uploadedAttachmentSchema';

/**
 * IPC channels of reply attachments, merged into ipcContract. A picked or dropped file is kept
 * beside the replica at once (`attachments.stage`) and named by its upload key; `message.send`
 * carries that reference and the outbox uploads the bytes before it pushes the reply.
 */
export const attachmentChannels = {
  'attachments.stage': {
    input: z.object({
      ticketId: idSchema,
      name: z.string().trim().min(1, 'file name is empty').max(500),
      contentType: z.string().max(200).default('application/octet-stream'),
      /** The file's bytes, base64 (survives every bridge: Electron IPC and the browser host). */
      dataBase64: z.string().max(36_000_000, 'file is larger than 25 MB'),
    }),
    output: z.object({
      attachment: uploadedAttachmentSchema,
      warning: z.enum(['executable', 'type_mismatch']).nullable(),
      /** The sentence to show beside the file; null when nothing is wrong. */
      message: z.string().nullable(),
    }),
  },
} as const;
